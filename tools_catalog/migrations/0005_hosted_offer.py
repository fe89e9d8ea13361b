"""Tool.hosters gets an explicit link model, HostedOffer, on the same table: every row is kept.

The automatic table `tools_catalog_tool_hosters` (id, tool_id, hoster_id, unique pair) becomes
the table of HostedOffer; only Django's view of it changes here. The offer's own fields (source,
date of check, status…) are added by the next migration.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tools_catalog", "0004_business_model_donation"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="HostedOffer",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        (
                            "tool",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="offers",
                                to="tools_catalog.tool",
                                verbose_name="outil libre",
                            ),
                        ),
                        (
                            "hoster",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="offers",
                                to="tools_catalog.hoster",
                                verbose_name="hébergeur",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "tools_catalog_tool_hosters",
                        "unique_together": {("tool", "hoster")},
                    },
                ),
                migrations.AlterField(
                    model_name="tool",
                    name="hosters",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="tools",
                        through="tools_catalog.HostedOffer",
                        to="tools_catalog.hoster",
                        verbose_name="où l'utiliser sans installer",
                    ),
                ),
            ],
        ),
    ]
