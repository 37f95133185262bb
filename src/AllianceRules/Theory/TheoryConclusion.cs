using AllianceRules.Claims;
using System.Text;
using AllianceRules.Conclusions;

namespace AllianceRules.Theory;

/// <summary>
/// One conclusion as a theory diff compares it: its key and value, and the rules, claims and
/// decisions that drew it. Where several findings share a key (an amendment's rule drawing a key
/// the article's rules draw too), their values are joined by <c>/</c> as in <see cref="ConclusionMap"/>.
/// </summary>
/// <param name="Key">Which conclusion.</param>
/// <param name="Value">Its value, as <see cref="IFinding.Value"/> writes it.</param>
/// <param name="Rules">The rules that drew it, in the order of its justification; empty where the article is silent.</param>
/// <param name="Claims">The claim IDs it rests on, in order.</param>
/// <param name="Decisions">The project's decisions it rests on, in order; empty when the article states it.</param>
public sealed record TheoryConclusion(ConclusionKey Key, string Value, IReadOnlyList<string> Rules, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions)
{
    /// <summary>The conclusions as a map by key, for comparing with what another rulebook drew.</summary>
    internal static ConclusionMap MapOf(IEnumerable<TheoryConclusion> conclusions) =>
        ConclusionMap.Of(conclusions.Select(c => (c.Key, c.Value)));

    /// <summary>Every conclusion of an assessment, one per key, ordered by key.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The conclusions, with what drew each.</returns>
    public static IReadOnlyList<TheoryConclusion> Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Of(assessment.Findings);
    }

    /// <summary>The conclusions of findings (each followed by those it holds), one per key, ordered by key.</summary>
    internal static TheoryConclusion[] Of(IReadOnlyList<IFinding> findings)
    {
        var groups = ConclusionMap.Group(findings);
        groups.Sort(static (x, y) => x.Key.CompareTo(y.Key));
        var conclusions = new TheoryConclusion[groups.Count];
        for (var i = 0; i < conclusions.Length; i++)
        {
            var (key, group) = groups[i];
            conclusions[i] = new TheoryConclusion(key, ConclusionMap.ValueOf(group), RulesOf(group), Union(group, f => f.Claims), Union(group, f => f.Decisions));
        }

        return conclusions;
    }

    /// <summary>The rules behind findings, each once, in the order of their justifications.</summary>
    private static string[] RulesOf(List<IFinding> findings)
    {
        if (findings is [{ Because: { Count: <= 1 } because }])
        {
            return because.Count == 0 ? [] : [because[0].Rule];
        }

        var rules = new List<string>();
        foreach (var finding in findings)
        {
            foreach (var justification in finding.Because)
            {
                if (!rules.Contains(justification.Rule))
                {
                    rules.Add(justification.Rule);
                }
            }
        }

        return [.. rules];
    }

    /// <summary>The IDs of findings (each list already in order), in order: one finding's own list when there is one finding.</summary>
    private static IReadOnlyList<string> Union(List<IFinding> findings, Func<IFinding, IReadOnlyList<string>> ids)
    {
        if (findings.Count == 1)
        {
            return ids(findings[0]);
        }

        var all = new List<string>();
        foreach (var finding in findings)
        {
            all.AddRange(ids(finding));
        }

        return ClaimIds.OrderInPlace(all);
    }

    /// <summary>The rules and claims in a few words: <c>Offers.RejectAlignmentWhileBandwagoning (C04, C15; D25)</c>, or <c>no rule</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DrawnBy
    {
        get
        {
            var text = new StringBuilder(Rules.Count == 0 ? "no rule" : string.Join(", ", Rules));
            if (Claims.Count > 0 || Decisions.Count > 0)
            {
                text.Append(" (").AppendJoin(", ", Claims);
                if (Decisions.Count > 0)
                {
                    text.Append(Claims.Count > 0 ? "; " : "").AppendJoin(", ", Decisions);
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>One line: key, value, rules, claims and decisions, such as <c>posture = Balance  by Posture.BalanceWithPatronWhenSettlementFailed  claims C05, C19, C20  decisions —</c>.</summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString() =>
        $"{Key} = {Value}  by {List(Rules)}  claims {List(Claims)}  decisions {List(Decisions)}";

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "—" : string.Join(", ", items);
}
