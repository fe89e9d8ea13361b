from django.shortcuts import render


def session_list(request):
    return render(request, "trainings/session_list.html", {"nav": "trainings"})
