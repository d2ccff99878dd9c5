"""Creates the table and the seed row (id 1, Ada), as the simulator starts."""
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "diffsite.settings")
django.setup()
from django.core.management import call_command  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
from diffsite.models import ContactMessage  # noqa: E402

ContactMessage.objects.all().delete()
ContactMessage.objects.create(id=1, name="Ada", email="ada@example.com", message="Hello")
