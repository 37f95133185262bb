using AllianceRules.Claims;
using NRules.Fluent;

namespace AllianceRules;

/// <summary>
/// Checks the claim IDs and rule names that options switch off against the rules they would
/// compile, so a typo is refused with the nearest names instead of reading as "no effect".
/// It lives beside the options it checks: it reads the claim catalogue and quotes as scenarios
/// do, and neither of those may depend on the other.
/// </summary>
internal static class IdentifierCheck
{
    public static IReadOnlyList<string> Problems(AllianceRulesOptions options)
    {
        if (options.DisabledClaims.Count == 0 && options.DisabledRules.Count == 0 && options.AdditionalRuleTypes.Count == 0)
        {
            // Nothing named, nothing to check: the rules are not read twice.
            return [];
        }

        var rules = new SortedSet<string>(StringComparer.Ordinal);
        var claims = new HashSet<string>(ClaimCatalogue.All.Select(c => c.Id), StringComparer.Ordinal);
        var carried = new HashSet<string>(StringComparer.Ordinal);
        bool Collect(IRuleMetadata rule)
        {
            rules.Add(rule.Name);
            carried.UnionWith(rule.Tags.Where(ClaimIds.IsClaimId));
            return false;
        }

        // Loading with a filter that keeps nothing reads every rule's metadata without compiling.
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(IdentifierCheck).Assembly).PrivateTypes(true).Where(rule => Rules.AlternativeToAttribute.IsArticleRule(rule.RuleType) && Collect(rule)));
        if (options.AdditionalRuleTypes.Count > 0)
        {
            repository.Load(spec => spec.From(options.AdditionalRuleTypes).PrivateTypes(true).NestedTypes(true).Where(Collect));
        }

        claims.UnionWith(carried);
        var problems = new List<string>();
        foreach (var claim in options.DisabledClaims)
        {
            if (!claims.Contains(claim))
            {
                problems.Add($"disabled claim {Scenarios.Names.Quote(claim)} is neither a claim of the article nor one that an added rule carries{Suggest(claim, claims, 1)}; " +
                    $"the claims are {Ranges(claims)}");
            }
            else if (!carried.Contains(claim))
            {
                // Said, not ignored: switching it off would change nothing, which a caller would not expect.
                problems.Add($"disabled claim {Scenarios.Names.Quote(claim)} is carried by no rule, so switching it off changes nothing (docs/claims.md lists the rules of each claim)");
            }
        }

        foreach (var rule in options.DisabledRules.Where(r => !rules.Contains(r)))
        {
            problems.Add($"disabled rule {Scenarios.Names.Quote(rule)} is not a rule of the rulebook{Suggest(rule, rules, Math.Max(2, rule.Length / 5))}; " +
                $"docs/rulebook.md lists the article's {rules.Count(r => !r.StartsWith("Amendment.", StringComparison.Ordinal))} rules");
        }

        return problems;
    }

    private static string Suggest(string wrong, IEnumerable<string> known, int maxDistance)
    {
        var near = known
            .Select(k => (Known: k, Distance: string.Equals(k, wrong, StringComparison.OrdinalIgnoreCase)
                ? 0
                : k.StartsWith(wrong, StringComparison.OrdinalIgnoreCase)
                ? 1
                : Math.Min(Distance(wrong, k), Distance(wrong, k[(k.IndexOf('.', StringComparison.Ordinal) + 1)..]))))
            .Where(k => k.Distance <= maxDistance)
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Known, StringComparer.Ordinal)
            .Take(3)
            .Select(k => k.Known)
            .ToArray();
        return near.Length switch
        {
            0 => "",
            1 => $" (did you mean {near[0]}?)",
            _ => $" (did you mean {string.Join(", ", near[..^1])} or {near[^1]}?)",
        };
    }

    /// <summary>Claim IDs as ranges, such as <c>C01–C56, X01</c>.</summary>
    private static string Ranges(IEnumerable<string> ids)
    {
        var ordered = ClaimIds.Order(ids);
        var ranges = new List<string>();
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j + 1 < ordered.Count && ordered[j + 1][0] == ordered[i][0] && Number(ordered[j + 1]) == Number(ordered[j]) + 1)
            {
                j++;
            }

            ranges.Add(j == i ? ordered[i] : $"{ordered[i]}–{ordered[j]}");
            i = j + 1;
        }

        return string.Join(", ", ranges);
    }

    private static int Number(string id) => int.TryParse(id.AsSpan(1), out var n) ? n : -1;

    // Levenshtein distance, ignoring case: a name typed in the wrong case is one of the nearest.
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
