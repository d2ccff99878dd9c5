package dev.statuslab.server.django;

/** The tutorial's model: {@code ContactMessage(name, email, message)}. */
public record ContactMessage(long id, String name, String email, String message) {

    /** Django's {@code get_absolute_url()} for the DetailView. */
    public String absoluteUrl() {
        return "/messages/" + id + "/";
    }
}
