using System.Text;
using AllianceRules.Claims;

namespace AllianceRules.Tests.Support;

/// <summary>Builds docs/decisions.md from <see cref="DecisionCatalogue"/> and the rules that cite each decision. Generated, never edited by hand.</summary>
internal static class DecisionsDoc
{
    public const string RelativePath = "docs/decisions.md";

    public static string Render(IReadOnlyList<RuleDescription> rules)
    {
        var md = new StringBuilder();
        md.Append("# Decisions\n\n");
        md.Append("Where the article or the spec leaves room, what we chose and the claims it rests on. Newest last.\n");
        md.Append("Generated from `DecisionCatalogue` by `DecisionCatalogueTests`; ").Append(GeneratedDocs.UpdateHint).Append(".\n\n");
        md.Append("A decision that **adds to the article** makes the rulebook conclude more than the article states (an inference, ")
            .Append("an operationalisation such as the aid benchmark, a fact from outside). The rules that rely on it cite it, and every ")
            .Append("conclusion drawn through them lists it in `decisions`; the reports mark such conclusions inferred. ")
            .Append(DecisionCatalogue.All.Count(d => d.AddsContent)).Append(" of the ").Append(DecisionCatalogue.All.Count)
            .Append(" decisions add to the article.\n");
        foreach (var decision in DecisionCatalogue.All)
        {
            md.Append("\n## ").Append(decision.Id).Append(". ").Append(decision.Title);
            if (decision.Claims.Count > 0)
            {
                md.Append(" (").Append(string.Join(", ", decision.Claims)).Append(')');
            }

            md.Append("\n\n").Append(decision.Text.Trim()).Append("\n\n");
            var citing = rules.Where(r => r.Decisions.Contains(decision.Id)).Select(r => $"`{r.Name}`").ToArray();
            md.Append(decision.AddsContent
                ? $"*Adds to the article.* Cited by {(citing.Length == 0 ? "no rule" : string.Join(", ", citing))}.\n"
                : "*Adds nothing to what the rules conclude:* a choice of form, data or method.\n");
            if (decision.Alternative is { } alternative)
            {
                md.Append("\n*Alternative reading* (`").Append(alternative.Amendment).Append("`, weighed in [weighing.md](weighing.md)): ").Append(alternative.Text).Append('\n');
                if (alternative.MovesNothing is not null)
                {
                    md.Append("\n*It moves no conclusion of the decision table or the built-in episodes:* ").Append(alternative.MovesNothing).Append('\n');
                }
            }

        }

        return md.ToString();
    }
}
