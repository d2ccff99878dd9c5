package dev.statuslab.server.site;

import java.util.Map;

/** A view: takes a request and the captured URL parameters, returns a response or throws. */
@FunctionalInterface
public interface View {

    SiteResponse handle(SiteRequest request, Map<String, String> params) throws Exception;

    /** Like Django's {@code @csrf_exempt}: the CSRF middleware does not check this view. */
    default boolean csrfExempt() {
        return false;
    }

    /** Whether the "front web server" should pass methods it does not know to this view. */
    default boolean acceptsExtensionMethods() {
        return false;
    }

    /** Django's {@code @csrf_exempt} around a view. */
    static View csrfExempt(View view) {
        return new Flagged(view, true, false);
    }

    /** A playground view: CSRF-exempt, and open to any method token, even unknown ones. */
    static View anyMethod(View view) {
        return new Flagged(view, true, true);
    }

    /** A view with its flags set from outside, as Django's decorators set attributes. */
    record Flagged(View view, boolean csrfExempt, boolean acceptsExtensionMethods) implements View {
        @Override
        public SiteResponse handle(SiteRequest request, Map<String, String> params) throws Exception {
            return view.handle(request, params);
        }
    }
}
