package dev.statuslab.server.django;

import static dev.statuslab.server.site.Html.escape;

import dev.statuslab.core.django.DjangoVersion;
import java.util.List;

/** The templates the tutorial's views render, as small HTML pages. */
final class Templates {

    private Templates() {}

    static String page(String title, String content) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s</title>
                </head>
                <body>
                %s</body>
                </html>
                """
                .formatted(escape(title), content);
    }

    /** contact.html: {@code {{ form.as_p }}}, after {@code {% csrf_token %}} when a token is given. */
    static String contactForm(String title, String action, ContactForm form, String csrfToken, DjangoVersion django) {
        String token = csrfToken == null
                ? ""
                : "  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"" + csrfToken + "\">\n";
        return page(
                title,
                "<h1>" + escape(title) + "</h1>\n"
                        + "<form method=\"post\" action=\"" + action + "\">\n" + token
                        + AsP.render(form, AsP.Kind.CONTACT_FORM, django)
                        + "\n  <button type=\"submit\">Send</button>\n</form>\n");
    }

    /** contactmessage_list.html for the ListView. */
    static String messageList(List<ContactMessage> messages) {
        StringBuilder items = new StringBuilder();
        for (ContactMessage m : messages) {
            items.append("  <li><a href=\"")
                    .append(m.absoluteUrl())
                    .append("\">")
                    .append(escape(m.name()))
                    .append("</a> &lt;")
                    .append(escape(m.email()))
                    .append("&gt;</li>\n");
        }
        String list = messages.isEmpty() ? "<p>No messages yet.</p>\n" : "<ul>\n" + items + "</ul>\n";
        return page("Messages", "<h1>Messages</h1>\n" + list + "<p><a href=\"/messages/new/\">New message</a></p>\n");
    }

    /** contactmessage_detail.html for the DetailView. */
    static String messageDetail(ContactMessage m) {
        return page(
                "Message " + m.id(),
                "<h1>Message " + m.id() + "</h1>\n<dl>\n"
                        + "  <dt>Name</dt><dd>" + escape(m.name()) + "</dd>\n"
                        + "  <dt>Email</dt><dd>" + escape(m.email()) + "</dd>\n"
                        + "  <dt>Message</dt><dd>" + escape(m.message()) + "</dd>\n</dl>\n"
                        + "<p><a href=\"" + m.absoluteUrl()
                        + "delete/\">Delete</a> | <a href=\"/messages/\">All messages</a></p>\n");
    }

    /** contactmessage_form.html for the CreateView: {@code {{ form.as_p }}}, errors and all. */
    static String messageForm(ContactForm form, DjangoVersion django) {
        return page(
                "New message",
                "<h1>New message</h1>\n<form method=\"post\" action=\"/messages/new/\">\n"
                        + AsP.render(form, AsP.Kind.MODEL_FORM, django)
                        + "\n  <button type=\"submit\">Save</button>\n</form>\n");
    }

    /** contactmessage_confirm_delete.html for the DeleteView. */
    static String confirmDelete(ContactMessage m) {
        return page(
                "Delete message " + m.id(),
                "<h1>Delete message " + m.id() + "</h1>\n"
                        + "<form method=\"post\" action=\"" + m.absoluteUrl() + "delete/\">\n"
                        + "  <p>Are you sure you want to delete \"" + escape(m.name()) + "\"?</p>\n"
                        + "  <button type=\"submit\">Confirm</button>\n</form>\n");
    }
}
