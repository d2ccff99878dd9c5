from django.urls import path

from . import views

urlpatterns = [
    path("simple/", views.simple),
    path("contact/", views.contact, name="contact"),
    path("secure/contact/", views.secure_contact, name="secure-contact"),
    path("forbidden/", views.forbidden),
    path("api/messages/", views.api_create),
    path("ping/", views.PingView.as_view()),
    path("boom/", views.boom),
    path("messages/", views.MessageListView.as_view(), name="message-list"),
    path("messages/new/", views.MessageCreateView.as_view()),
    path("messages/<int:pk>/", views.MessageDetailView.as_view()),
    path("messages/<int:pk>/delete/", views.MessageDeleteView.as_view()),
    path("__reset__", views.reset),
]
