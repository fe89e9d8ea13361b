from django.shortcuts import render


def survey_list(request):
    return render(request, "surveys/survey_list.html", {"nav": "surveys"})
