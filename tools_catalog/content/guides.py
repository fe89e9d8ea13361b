"""Short awareness pages ("guides") in plain French, editable by coordinators afterwards."""

GUIDES = [
    {
        "slug": "logiciel-libre-c-est-quoi",
        "title": "Un logiciel libre, c'est quoi ?",
        "summary": "Quatre libertés, expliquées simplement, et ce qu'elles changent pour une association.",
        "body": """\
Un **logiciel libre** est un logiciel que l'on a le droit d'**utiliser**, d'**étudier**, de **modifier** et de **partager**. Ces quatre libertés sont garanties par sa licence (par exemple la GPL ou la licence Apache).

## Libre ne veut pas dire gratuit

La plupart des logiciels libres sont gratuits, mais pas tous les services : un hébergeur peut faire payer l'hébergement d'un logiciel libre, comme un garagiste fait payer l'entretien d'une voiture. Ce qui compte : on peut **changer de prestataire** sans perdre ses données ni ses outils.

## Ce que cela change pour une association

- **Pas de dépendance** à un seul éditeur qui peut changer ses prix ou fermer son service du jour au lendemain.
- **Des formats ouverts** : les documents restent lisibles dans dix ans, avec d'autres logiciels.
- **Des communautés** : beaucoup de logiciels libres sont faits par des associations, des coopératives ou des bénévoles, avec des valeurs proches du monde associatif.

## Ce qu'il faut savoir aussi

Un logiciel libre n'est pas toujours plus simple. Il peut demander un temps d'adaptation, et le support passe souvent par une communauté ou un hébergeur plutôt que par un service client. C'est pour cela que chaque fiche de ce portail dit aussi **ce que l'on perd**.
""",
    },
    {
        "slug": "comment-les-plateformes-gagnent-de-l-argent",
        "title": "Comment les plateformes « gratuites » gagnent-elles de l'argent ?",
        "summary": "Publicité ciblée, offres limitées, dépendance : comprendre les modèles économiques.",
        "body": """\
Faire fonctionner un service en ligne coûte cher (serveurs, salariés). Quand le service est gratuit, quelqu'un paie autrement.

## Trois modèles fréquents

1. **La publicité ciblée** (Facebook, Instagram, YouTube, Gmail) : le service observe ce que font ses utilisateurs pour vendre aux annonceurs un accès précis à leur attention. Les données de l'association et de ses membres nourrissent ce modèle.
2. **Le « freemium »** (Zoom, Dropbox, Mailchimp, Trello) : une version gratuite limitée, pensée pour donner envie de passer à l'offre payante. Les limites (durée des réunions, nombre de contacts) arrivent souvent quand l'association en dépend déjà.
3. **L'abonnement** (Microsoft 365, Adobe Creative Cloud) : on paie chaque mois ou chaque année ; si l'on arrête de payer, l'accès s'arrête. **La licence perpétuelle** (une version d'Office achetée une fois, par exemple) : on garde le droit d'utiliser cette version, sans les suivantes ni, au bout de quelques années, les correctifs de sécurité. Dans les deux cas, on ne peut ni étudier ni modifier le logiciel.

## Ce n'est pas « mal » en soi

Payer un service est normal. Certaines entreprises proposent aussi des offres généreuses aux associations. La question à se poser est plutôt : **qui décide des règles, et que se passe-t-il le jour où elles changent ?**

## Et les outils libres ?

Ils sont financés par des dons (Framasoft, Signal), des hébergeurs qui font payer un service, des entreprises qui vendent du support, ou des fonds publics. Aucun modèle n'est parfait : l'important est qu'il soit **transparent**.
""",
    },
    {
        "slug": "valeurs-associatives-et-numerique",
        "title": "Pourquoi le choix des outils touche aux valeurs de l'association",
        "summary": "Cohérence avec le projet associatif, protection des membres, autonomie.",
        "body": """\
Les outils numériques ne sont pas neutres : ils organisent la façon dont une association parle à ses membres et au public.

## Cohérence avec le projet

Une association qui défend l'éducation populaire, l'écologie, la solidarité ou la démocratie locale peut se demander si ses outils vont dans le même sens : qui en profite, où vont les données, qui peut y accéder.

## Protéger les membres

Le fichier des adhérents, les échanges d'un groupe de parole, les coordonnées des bénéficiaires : ce sont des données personnelles, parfois sensibles. Le RGPD demande à l'association de savoir **où elles sont** et **qui y a accès**.

## Rester autonome

Quand un seul service détient les fichiers, les contacts et l'historique, l'association dépend de ses décisions (prix, règles, fermeture). Des outils libres, hébergés par un acteur choisi, permettent de **partir avec ses données**.

## Inclure tout le monde

Exiger un compte Facebook ou Google pour s'inscrire à un événement exclut ceux qui n'en ont pas. Un lien qui s'ouvre sans compte est souvent plus accueillant.

## Sans culpabiliser

Il n'y a pas de « bon élève » : chaque association fait avec son temps, ses compétences et ses partenaires. L'enjeu est de **choisir en connaissance de cause**.
""",
    },
    {
        "slug": "accompagner-un-changement",
        "title": "Accompagner un changement d'outil sans forcer",
        "summary": "Partir des besoins, commencer petit, garder une porte de sortie : la méthode en six étapes.",
        "body": """\
Un changement d'outil réussi est d'abord un changement **choisi** par l'association. Le rôle du conseiller est d'éclairer, pas d'inciter.

1. **Partir des besoins, pas des outils.** « De quoi avez-vous besoin ? Qu'est-ce qui vous gêne aujourd'hui ? » Parfois, rien ne gêne : c'est une réponse acceptable.
2. **Dire ce que l'on perd.** Chaque fiche de ce portail indique ce que l'outil libre fait moins bien. Le dire d'emblée renforce la confiance.
3. **Commencer petit.** Un sondage de date avec Framadate, un compte rendu sur un pad : des essais sans risque, qui ne demandent pas de convaincre tout le monde.
4. **S'appuyer sur une personne relais.** Un ou une bénévole à l'aise, qui teste d'abord et aide les autres.
5. **Prévoir la transition.** Garder l'ancien outil quelques semaines, écrire une fiche d'une page (« où trouver quoi »), proposer un temps de prise en main.
6. **Faire le point.** Après un mois : ce qui marche, ce qui coince. Revenir en arrière n'est pas un échec.

## Les freins à respecter

Le manque de temps des bénévoles, la peur de perdre des données, l'habitude des partenaires : ce sont des contraintes réelles. Un acteur local (voir les acteurs du territoire) peut aider à les lever.
""",
    },
    {
        "slug": "argumentaire-30-secondes",
        "title": "L'argumentaire en 30 secondes",
        "summary": "Quelques phrases prêtes à dire pour présenter les outils libres, sans jargon.",
        "body": """\
Une version courte, à adapter à son interlocuteur :

> « Les outils que vous utilisez fonctionnent, et vous n'êtes pas obligés de changer. Il existe des outils libres qui font souvent la même chose : ils sont gratuits ou peu chers, vos données restent chez un hébergeur que vous choisissez, et vous ne dépendez pas d'une grande entreprise qui peut changer ses règles. Certains sont un peu moins pratiques, on vous dira lesquels. Si vous voulez, on peut en essayer un ensemble, par exemple pour votre prochain sondage de date. »

## Trois phrases selon la situation

- **À une association qui manque de moyens** : « Plutôt que de payer des licences, vous pouvez utiliser LibreOffice gratuitement sur tous vos ordinateurs. »
- **À une association qui gère des données sensibles** : « Avec un hébergeur associatif, vous savez où sont les données de vos membres et qui y a accès. »
- **À une association qui renouvelle ses ordinateurs** : « Avant de racheter, on peut parfois prolonger les anciens avec un système libre. »

## À éviter

Les termes techniques non expliqués, les jugements (« Google, c'est mal »), et les promesses (« c'est aussi simple »). Mieux vaut une petite expérience réussie qu'un grand discours.
""",
    },
    {
        "slug": "choisir-un-hebergeur-chatons",
        "title": "Avant de migrer : choisir un hébergeur et vérifier la liste",
        "summary": "Le collectif CHATONS, les questions à poser à un hébergeur, et la liste de contrôle avant de changer d'outil.",
        "body": """\
Beaucoup d'outils libres s'utilisent **sans rien installer**, chez un hébergeur. Encore faut-il le choisir.

## Le collectif CHATONS

CHATONS signifie « Collectif des Hébergeurs Alternatifs, Transparents, Ouverts, Neutres et Solidaires ». Lancé par Framasoft en 2016, il rassemble des structures (associations, coopératives, entreprises) qui s'engagent par une charte : logiciels libres, transparence, pas d'exploitation commerciale des données, neutralité. La liste des membres se trouve sur chatons.org.

Un membre de CHATONS n'est pas forcément le bon choix pour tous les besoins : la charte garantit des valeurs, pas la taille ni la disponibilité du service.

## Questions à poser à un hébergeur

- Où sont les données ? Qui peut y accéder ?
- Que se passe-t-il si l'hébergeur arrête ? Peut-on **exporter** toutes ses données ?
- Quel prix, et pour combien de personnes ou d'espace ?
- Qui répond en cas de problème, et dans quel délai ?

## Liste de contrôle avant de migrer

- [ ] Le besoin est clair et partagé par le bureau.
- [ ] L'outil a été essayé par au moins deux bénévoles.
- [ ] Les données ont été **exportées et sauvegardées** depuis l'ancien outil.
- [ ] Une personne relais est désignée.
- [ ] Les membres sont prévenus (date, nouveau lien, fiche d'aide).
- [ ] L'ancien outil reste accessible pendant la transition.
- [ ] Un point est prévu un mois après.

L'**auto-hébergement** (installer l'outil sur son propre serveur) est possible, mais demande des compétences et du temps de maintenance : à réserver aux associations bien accompagnées.
""",
    },
]
