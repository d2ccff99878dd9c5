package dev.statuslab.server.django;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tutorial's {@code ContactForm}: name (CharField, max 100), email (EmailField) and message
 * (CharField), all required, with Django's own error messages.
 */
public final class ContactForm {

    public static final List<String> FIELDS = List.of("name", "email", "message");
    static final int NAME_MAX = 100;
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    private final Map<String, String> data;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private ContactForm(Map<String, String> data) {
        this.data = data;
        validate();
    }

    /** A bound form, as {@code ContactForm(request.POST)}; values are stripped like CharField does. */
    public static ContactForm bind(Map<String, List<String>> post) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> values = post.get(field);
            data.put(
                    field,
                    values == null || values.isEmpty()
                            ? ""
                            : values.get(values.size() - 1).strip());
        }
        return new ContactForm(data);
    }

    /** An unbound form, for GET. */
    public static ContactForm empty() {
        ContactForm form = new ContactForm(Map.of("name", "", "email", "", "message", ""));
        form.errors.clear();
        return form;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public String value(String field) {
        return data.getOrDefault(field, "");
    }

    /** Field name to its first error, in field order. */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    private void validate() {
        for (String field : FIELDS) {
            if (value(field).isEmpty()) {
                errors.put(field, "This field is required.");
            }
        }
        String name = value("name");
        if (!errors.containsKey("name") && name.length() > NAME_MAX) {
            errors.put(
                    "name",
                    "Ensure this value has at most " + NAME_MAX + " characters (it has " + name.length() + ").");
        }
        if (!errors.containsKey("email") && !isEmail(value("email"))) {
            errors.put("email", "Enter a valid email address.");
        }
    }

    /** Close to Django's EmailValidator for the addresses people type. */
    public static boolean isEmail(String value) {
        return value.length() <= 320 && EMAIL.matcher(value).matches();
    }
}
