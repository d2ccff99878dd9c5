package dev.statuslab.server.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Django's {@code django.views.View}: dispatch on the method to a handler, HEAD served by the GET
 * handler when there is no HEAD handler, OPTIONS answered with {@code Allow} and
 * {@code Content-Length: 0} (Django's {@code View.options}), and every other
 * method answered with 405 and {@code Allow} listing, in Django's order, the methods it has.
 */
public final class ClassBasedView implements View {

    /** Django's {@code View.http_method_names}, in order. */
    private static final List<String> METHOD_NAMES =
            List.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

    private final Map<String, View> handlers;
    private final boolean csrfExempt;
    private final String allow;

    private ClassBasedView(Map<String, View> handlers, boolean csrfExempt) {
        this.handlers = Map.copyOf(handlers);
        this.csrfExempt = csrfExempt;
        List<String> allowed = new ArrayList<>();
        for (String name : METHOD_NAMES) {
            if (this.handlers.containsKey(name) || name.equals("options")) {
                allowed.add(name.toUpperCase(Locale.ROOT));
            }
        }
        this.allow = String.join(", ", allowed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of {@code Allow} this view sends, e.g. "GET, HEAD, OPTIONS". */
    public String allow() {
        return allow;
    }

    @Override
    public SiteResponse handle(SiteRequest request, Map<String, String> params) throws Exception {
        String name = request.method().toLowerCase(Locale.ROOT);
        if (name.equals("options")) {
            return SiteResponse.html(200, "").header("Allow", allow).header("Content-Length", "0");
        }
        View handler = METHOD_NAMES.contains(name) ? handlers.get(name) : null;
        if (handler == null) {
            return notAllowed(allow);
        }
        return handler.handle(request, params);
    }

    @Override
    public boolean csrfExempt() {
        return csrfExempt;
    }

    /** {@code HttpResponseNotAllowed(permitted)}: 405, Allow, and no content, as Django sends it. */
    public static SiteResponse notAllowed(String allow) {
        return SiteResponse.html(405, "").header("Allow", allow);
    }

    /** Collects a view's method handlers, like the methods of a View subclass. */
    public static final class Builder {
        private final Map<String, View> handlers = new LinkedHashMap<>();
        private boolean csrfExempt;

        public Builder get(View view) {
            return on("get", view);
        }

        public Builder post(View view) {
            return on("post", view);
        }

        public Builder put(View view) {
            return on("put", view);
        }

        public Builder delete(View view) {
            return on("delete", view);
        }

        public Builder csrfExempt() {
            this.csrfExempt = true;
            return this;
        }

        private Builder on(String method, View view) {
            handlers.put(method, view);
            return this;
        }

        public ClassBasedView build() {
            Map<String, View> all = new LinkedHashMap<>(handlers);
            if (all.containsKey("get") && !all.containsKey("head")) {
                all.put("head", all.get("get"));
            }
            return new ClassBasedView(all, csrfExempt);
        }
    }
}
