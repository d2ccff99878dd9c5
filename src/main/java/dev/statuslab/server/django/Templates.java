package dev.statuslab.server.django;

import static dev.statuslab.server.site.Html.escape;

import java.util.List;

/** The templates the tutorial's views render, as small HTML pages. */
final class Templates {

    private Templates() {
    }

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
                """.formatted(escape(title), content);
    }

    /** contact.html: the form, with {% csrf_token %} when a token is given. */
    static String contactForm(String title, String action, ContactForm form, String csrfToken) {
        String token = csrfToken == null ? ""
                : "  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"" + csrfToken + "\">\n";
        return page(title, "<h1>" + escape(title) + "</h1>\n"
                + "<form method=\"post\" action=\"" + action + "\">\n" + token + fields(form)
                + "  <button type=\"submit\">Send</button>\n</form>\n");
    }

    /** contactmessage_list.html for the ListView. */
    static String messageList(List<ContactMessage> messages) {
        StringBuilder items = new StringBuilder();
        for (ContactMessage m : messages) {
            items.append("  <li><a href=\"").append(m.absoluteUrl()).append("\">")
                    .append(escape(m.name())).append("</a> &lt;").append(escape(m.email())).append("&gt;</li>\n");
        }
        String list = messages.isEmpty() ? "<p>No messages yet.</p>\n" : "<ul>\n" + items + "</ul>\n";
        return page("Messages", "<h1>Messages</h1>\n" + list + "<p><a href=\"/messages/new/\">New message</a></p>\n");
    }

    /** contactmessage_detail.html for the DetailView. */
    static String messageDetail(ContactMessage m) {
        return page("Message " + m.id(), "<h1>Message " + m.id() + "</h1>\n<dl>\n"
                + "  <dt>Name</dt><dd>" + escape(m.name()) + "</dd>\n"
                + "  <dt>Email</dt><dd>" + escape(m.email()) + "</dd>\n"
                + "  <dt>Message</dt><dd>" + escape(m.message()) + "</dd>\n</dl>\n"
                + "<p><a href=\"" + m.absoluteUrl() + "delete/\">Delete</a> | <a href=\"/messages/\">All messages</a></p>\n");
    }

    /** contactmessage_form.html for the CreateView, errors shown beside their fields. */
    static String messageForm(ContactForm form) {
        return page("New message", "<h1>New message</h1>\n<form method=\"post\" action=\"/messages/new/\">\n"
                + fields(form) + "  <button type=\"submit\">Save</button>\n</form>\n");
    }

    /** contactmessage_confirm_delete.html for the DeleteView. */
    static String confirmDelete(ContactMessage m) {
        return page("Delete message " + m.id(), "<h1>Delete message " + m.id() + "</h1>\n"
                + "<form method=\"post\" action=\"" + m.absoluteUrl() + "delete/\">\n"
                + "  <p>Are you sure you want to delete \"" + escape(m.name()) + "\"?</p>\n"
                + "  <button type=\"submit\">Confirm</button>\n</form>\n");
    }

    private static String fields(ContactForm form) {
        StringBuilder out = new StringBuilder();
        for (String field : ContactForm.FIELDS) {
            String error = form.error(field);
            if (error != null) {
                out.append("  <ul class=\"errorlist\"><li>").append(escape(error)).append("</li></ul>\n");
            }
            String label = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            out.append("  <p><label for=\"id_").append(field).append("\">").append(label).append(":</label> ");
            if (field.equals("message")) {
                out.append("<textarea name=\"message\" cols=\"40\" rows=\"10\" required id=\"id_message\">")
                        .append(escape(form.value(field))).append("</textarea>");
            } else {
                String type = field.equals("email") ? "email" : "text";
                String max = field.equals("name") ? " maxlength=\"" + ContactForm.NAME_MAX + "\"" : "";
                out.append("<input type=\"").append(type).append("\" name=\"").append(field)
                        .append("\" value=\"").append(escape(form.value(field))).append('"').append(max)
                        .append(" required id=\"id_").append(field).append("\">");
            }
            out.append("</p>\n");
        }
        return out.toString();
    }
}
