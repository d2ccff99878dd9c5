"""The tutorial's views, as the simulator serves them (server/django in the Java sources)."""
import json

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, DetailView, ListView

from .forms import ContactForm
from .models import ContactMessage

FIELDS = ["name", "email", "message"]


def simple(request):
    return HttpResponse("OK", status=200)


def forbidden(request):
    return HttpResponseForbidden("Not allowed")


def boom(request):
    raise ValueError("Something went wrong")


@csrf_exempt
def contact(request):
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            return redirect("contact")
        return HttpResponseBadRequest("Invalid data")
    form = ContactForm()
    return render(request, "contact.html", {"form": form, "title": "Contact us", "action": "/contact/"})


def secure_contact(request):
    form = ContactForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            return redirect("secure-contact")
        return HttpResponseBadRequest("Invalid data")
    return render(request, "contact.html", {"form": ContactForm(), "title": "Contact us (CSRF-protected)",
                                            "action": "/secure/contact/", "csrf": True})


@csrf_exempt
@require_POST
def api_create(request):
    try:
        data = json.loads(request.body)
    except ValueError:
        return JsonResponse({"error": "Invalid JSON"}, status=400)
    if not isinstance(data, dict):
        return JsonResponse({"error": "Expected a JSON object"}, status=400)
    missing = [f for f in FIELDS if not isinstance(data.get(f), str) or not data.get(f).strip()]
    if missing:
        return JsonResponse({"error": "Missing fields: " + ", ".join(missing)}, status=400)
    form = ContactForm({f: data[f] for f in FIELDS})
    if not form.is_valid():
        return JsonResponse({"error": "Invalid email"}, status=400)
    ContactMessage.objects.create(**form.cleaned_data)
    return JsonResponse({"message": "Created"}, status=201)


@method_decorator(csrf_exempt, name="dispatch")
class PingView(View):
    def get(self, request):
        return HttpResponse("pong")


class MessageListView(ListView):
    model = ContactMessage
    template_name = "messages/list.html"

    def get_queryset(self):
        return ContactMessage.objects.order_by("id")


class MessageDetailView(DetailView):
    model = ContactMessage
    template_name = "messages/detail.html"


@method_decorator(csrf_exempt, name="dispatch")
class MessageCreateView(CreateView):
    model = ContactMessage
    fields = ["name", "email", "message"]
    template_name = "messages/form.html"


@method_decorator(csrf_exempt, name="dispatch")
class MessageDeleteView(DeleteView):
    model = ContactMessage
    success_url = reverse_lazy("message-list")
    template_name = "messages/confirm_delete.html"


@csrf_exempt
def reset(request):
    """The simulator's POST /__reset__ (not Django's): the table back to its seed, ids never reused."""
    if request.method != "POST":
        from django.http import HttpResponseNotAllowed
        return HttpResponseNotAllowed(["POST"])
    ContactMessage.objects.all().delete()
    ContactMessage.objects.create(id=1, name="Ada", email="ada@example.com", message="Hello")
    return HttpResponse(json.dumps({"reset": True, "messages": 1}, separators=(",", ":")),
                        content_type="application/json")
