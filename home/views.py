from django.shortcuts import render

from home.selectors import directory_counts


def home(request):
    return render(request, "home/home.html", {"counts": directory_counts()})
