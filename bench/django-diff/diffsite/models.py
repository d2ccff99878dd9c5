from django.db import models


class ContactMessage(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()
    message = models.TextField()

    def get_absolute_url(self):
        return "/messages/%d/" % self.id
