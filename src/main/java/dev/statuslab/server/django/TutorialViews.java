package dev.statuslab.server.django;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.server.site.ClassBasedView;
import dev.statuslab.server.site.Csrf;
import dev.statuslab.server.site.SiteResponse;
import dev.statuslab.server.site.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The function-based views of the tutorial and the CBV {@code PingView}. */
public final class TutorialViews {

    private final ContactStore store;
    private final Csrf csrf;
    private final ObjectMapper json;

    public TutorialViews(ContactStore store, Csrf csrf, ObjectMapper json) {
        this.store = store;
        this.csrf = csrf;
        this.json = json;
    }

    /** {@code return HttpResponse("OK", status=200)} */
    public View simple() {
        return (request, params) -> SiteResponse.html(200, "OK");
    }

    /** {@code return HttpResponseForbidden("Not allowed")} */
    public View forbidden() {
        return (request, params) -> SiteResponse.html(403, "Not allowed");
    }

    /** A view that raises: Django answers with its stock 500 page. */
    public View boom() {
        return (request, params) -> {
            throw new IllegalStateException("boom: the view raised, as the tutorial's example does");
        };
    }

    /**
     * The contact view: GET renders the form; a valid POST redirects (302) back to the form, as
     * the tutorial's {@code redirect('contact')} does, storing nothing (the tutorial's view only
     * validates); an invalid POST answers {@code HttpResponseBadRequest("Invalid data")}.
     *
     * @param withCsrf false for {@code @csrf_exempt} (/contact/), true for /secure/contact/
     */
    public View contact(String path, boolean withCsrf) {
        View view = (request, params) -> {
            if (request.isMethod("POST")) {
                ContactForm form = ContactForm.bind(request.form());
                if (form.isValid()) {
                    return SiteResponse.redirect(302, path);
                }
                return SiteResponse.html(400, "Invalid data");
            }
            String token = withCsrf ? csrf.token(request) : null;
            String title = withCsrf ? "Contact us (CSRF-protected)" : "Contact us";
            return SiteResponse.html(
                    200, Templates.contactForm(title, path, ContactForm.empty(), token, request.django()));
        };
        return withCsrf ? view : View.csrfExempt(view);
    }

    /**
     * {@code @csrf_exempt @require_POST}: JSON in, 201 {@code {"message": "Created"}} out; bad
     * JSON or fields give 400 {@code {"error": ...}}; other methods 405 with {@code Allow: POST}.
     */
    public View apiCreate() {
        return View.csrfExempt((request, params) -> {
            if (!request.isMethod("POST")) {
                return ClassBasedView.notAllowed("POST");
            }
            JsonNode data;
            try {
                data = json.readTree(request.body());
            } catch (JsonProcessingException e) {
                return error("Invalid JSON");
            }
            if (data == null || data.isMissingNode()) {
                return error("Invalid JSON");
            }
            if (!data.isObject()) {
                return error("Expected a JSON object");
            }
            List<String> missing = new ArrayList<>();
            for (String field : ContactForm.FIELDS) {
                JsonNode v = data.get(field);
                if (v == null || !v.isTextual() || v.asText().isBlank()) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                return error("Missing fields: " + String.join(", ", missing));
            }
            String email = data.get("email").asText().strip();
            if (!ContactForm.isEmail(email)) {
                return error("Invalid email");
            }
            store.create(
                    data.get("name").asText().strip(),
                    email,
                    data.get("message").asText().strip());
            return JsonResponses.of(201, Map.of("message", "Created"));
        });
    }

    /**
     * {@code @method_decorator(csrf_exempt, name="dispatch") class PingView(View): def get(...)}: exempt,
     * so that a method the view lacks reaches {@code dispatch} and gets 405 with {@code Allow}, as the
     * tutorial's table says (docs/decisions/0003). CSRF itself is shown by {@code /secure/contact/}.
     */
    public View ping() {
        return ClassBasedView.builder()
                .get((request, params) -> SiteResponse.html(200, "pong"))
                .csrfExempt()
                .build();
    }

    private static SiteResponse error(String message) {
        return JsonResponses.of(400, Map.of("error", message));
    }
}
