package dev.statuslab.server.django;

import dev.statuslab.server.site.ClassBasedView;
import dev.statuslab.server.site.SiteExceptions;
import dev.statuslab.server.site.SiteResponse;
import dev.statuslab.server.site.View;
import java.util.Map;

/** ListView, DetailView, CreateView and DeleteView over {@link ContactMessage}. */
public final class GenericViews {

    private final ContactStore store;

    public GenericViews(ContactStore store) {
        this.store = store;
    }

    /** {@code ListView}: GET, HEAD, OPTIONS. */
    public View list() {
        return ClassBasedView.builder()
                .get((request, params) -> SiteResponse.html(200, Templates.messageList(store.all())))
                .build();
    }

    /** {@code DetailView}: 200, or 404 through {@code get_object_or_404}. */
    public View detail() {
        return ClassBasedView.builder()
                .get((request, params) -> SiteResponse.html(200, Templates.messageDetail(object(params))))
                .build();
    }

    /**
     * {@code CreateView} ({@code @csrf_exempt}): GET the empty form; a valid POST saves and
     * redirects (302) to the new object's page; an invalid one re-renders the form with its
     * errors and status 200. PUT is handled as POST, as ProcessFormView does.
     */
    public View create() {
        View post = (request, params) -> {
            ContactForm form = ContactForm.bind(request.form());
            if (!form.isValid()) {
                return SiteResponse.html(200, Templates.messageForm(form, request.django()));
            }
            ContactMessage created = store.create(form.value("name"), form.value("email"), form.value("message"));
            return SiteResponse.redirect(302, created.absoluteUrl());
        };
        return ClassBasedView.builder()
                .get((request, params) ->
                        SiteResponse.html(200, Templates.messageForm(ContactForm.empty(), request.django())))
                .post(post)
                .put(post)
                .csrfExempt()
                .build();
    }

    /**
     * {@code DeleteView} ({@code @csrf_exempt}, success_url {@code /messages/}): GET the
     * confirmation page; POST or DELETE deletes and redirects (302); a missing object is 404.
     * From Django 4.0 a POST goes through a form ({@code FormMixin}) bound to {@code request.POST},
     * so Django's limits on the posted data apply to it; before, {@code post()} called
     * {@code delete()} without reading the body.
     */
    public View delete() {
        View remove = (request, params) -> {
            ContactMessage target = object(params);
            if (request.isMethod("POST") && request.django().atLeast(4, 0)) {
                request.form(); // 4.0's DeleteView.post validates a form bound to request.POST
            }
            store.delete(target.id());
            return SiteResponse.redirect(302, "/messages/");
        };
        return ClassBasedView.builder()
                .get((request, params) -> SiteResponse.html(200, Templates.confirmDelete(object(params))))
                .post(remove)
                .delete(remove)
                .csrfExempt()
                .build();
    }

    private ContactMessage object(Map<String, String> params) {
        long id;
        try {
            id = Long.parseLong(params.get("pk"));
        } catch (NumberFormatException e) {
            throw new SiteExceptions.NotFound("No contact message found matching the query");
        }
        return store.find(id)
                .orElseThrow(() -> new SiteExceptions.NotFound("No contact message found matching the query"));
    }
}
