using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Explanations;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// How many bytes the JSON of an answer will take, estimated from the answer itself before its
/// JSON is built: the UTF-8 length of every text it writes (names, values, claim IDs, fact
/// texts, one ID per matched fact) plus the bytes the library's indented writer spends around each
/// part (a what-if flip is 98 bytes of structure and indentation, each of its changes 84, each input
/// held fixed 70; the rest is set the same way, for the depth each part usually stands at). Escapes are not
/// counted, so the estimate is a little under the size: measured, 94% to 100% of it for
/// assessments, explanations and what-ifs of built-in episodes and of a 30-power scenario;
/// <c>AnswerLimitsTests</c> holds it between 85% and 100%. The body built is checked again
/// (<see cref="AnswerLimits"/>), so no answer over the limit is sent either way.
/// </summary>
internal static class ResponseSize
{
    // The structure of one part in the library's indented JSON, besides its texts.
    private const int Document = 200;
    private const int WhatIfDocument = 60;
    private const int FlipStructure = 98;
    private const int ChangeStructure = 84;
    private const int ListEntry = 16;
    private const int FindingStructure = 140;
    private const int JustificationStructure = 110;
    private const int FactStructure = 75;
    private const int RemedyStructure = 70;
    private const int ObstacleStructure = 90;
    private const int AbsentListStructure = 30;
    private const int AbsentStructure = 140;
    private const int CheckedStructure = 150;
    private const int FixedList = 12;
    private const int FixedStructure = 70;

    public static long Of(WhatIf whatIf)
    {
        long bytes = WhatIfDocument + Text(whatIf.Scenario);
        foreach (var flip in whatIf.Flips)
        {
            bytes += FlipStructure + Text(flip.Conclusion.ToString()) + Text(flip.From) + Text(flip.To) + Changes(flip.Changes);
        }

        // The conclusions nothing flips: past the budget, most of the scenario's.
        bytes += FixedList;
        foreach (var key in whatIf.Unflipped)
        {
            bytes += ListEntry + Text(key.ToString());
        }

        return bytes + Fixed(whatIf.Fixed);
    }

    public static long Of(Explanation explanation)
    {
        var facts = new Facts();
        long bytes = Document + Text(explanation.Conclusion.ToString()) + Text(explanation.Asked) + Text(explanation.Actual) + Because(explanation.Because, facts);
        foreach (var obstacle in explanation.Obstacles)
        {
            bytes += ObstacleStructure + Text(obstacle.Name) + Strings(obstacle.Claims) + Because(obstacle.Because, facts) + Remedies(obstacle.Remedies);
        }

        return bytes + Remedies(explanation.Remedies) + (explanation.Unreached.Count == 0 ? 0 : AbsentListStructure + Checked(explanation.Unreached)) + Fixed(explanation.Fixed) + facts.Bytes;
    }

    public static long Of(Assessment assessment)
    {
        var facts = new Facts();
        long bytes = Document + Text(assessment.Scenario.Id) + Text(assessment.Scenario.Title);
        foreach (var finding in assessment.Findings)
        {
            bytes += FindingStructure + Text(finding.Key.ToString()) + Text(finding.Value) + Strings(finding.Claims) + Strings(finding.Decisions) + Because(finding.Because, facts);
        }

        return bytes + facts.Bytes;
    }

    private static long Remedies(IReadOnlyList<Remedy> remedies)
    {
        long bytes = 0;
        foreach (var remedy in remedies)
        {
            bytes += RemedyStructure + Changes(remedy.Changes) + Strings(remedy.Rules) + Strings(remedy.Claims);
        }

        return bytes;
    }

    /// <summary>What the search held fixed: an entry each, with its field, value and reason.</summary>
    private static long Fixed(IReadOnlyList<FixedInput> held)
    {
        long bytes = FixedList;
        foreach (var input in held)
        {
            bytes += FixedStructure + Text(input.Field) + Text(input.Value) + Text(input.Because.ToString());
        }

        return bytes;
    }

    private static long Changes(IReadOnlyList<ScenarioChange> changes)
    {
        long bytes = 0;
        foreach (var change in changes)
        {
            bytes += ChangeStructure + Text(change.Field) + Text(change.From) + Text(change.To);
        }

        return bytes;
    }

    /// <summary>A justification, written where it stands, and the facts it matched, each written once in the facts table.</summary>
    private static long Because(IReadOnlyList<Justification> because, Facts facts)
    {
        long bytes = 0;
        foreach (var justification in because)
        {
            bytes += JustificationStructure + Text(justification.Rule) + Strings(justification.Claims) + Strings(justification.Decisions);
            foreach (var fact in justification.Matched)
            {
                bytes += ListEntry + facts.IdLength(fact);
            }

            if (justification.Absent is { } absent)
            {
                bytes += Absent(absent);
            }
        }

        return bytes;
    }

    /// <summary>What a rule required absent, written where its justification stands, with the rules checked beneath.</summary>
    private static long Absent(IReadOnlyList<AbsentCondition> absent)
    {
        long bytes = AbsentListStructure;
        foreach (var condition in absent)
        {
            bytes += AbsentStructure + Text(condition.Fact) + Text(condition.Text) + Checked(condition.Checked);
        }

        return bytes;
    }

    /// <summary>Rules checked for an absent fact (or for a value no change reaches), each with what it lacked.</summary>
    private static long Checked(IReadOnlyList<CheckedRule> rules)
    {
        long bytes = 0;
        foreach (var rule in rules)
        {
            bytes += CheckedStructure + Text(rule.Rule) + Strings(rule.Decisions) + Text(rule.Unmet) + (rule.Absent.Count == 0 ? 0 : Absent(rule.Absent));
        }

        return bytes;
    }

    private static long Strings(IReadOnlyList<string> values)
    {
        long bytes = 0;
        foreach (var value in values)
        {
            bytes += ListEntry + Text(value);
        }

        return bytes;
    }

    private static int Text(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);

    /// <summary>The facts table: each fact matched anywhere, once, with its own justification.</summary>
    private sealed class Facts
    {
        private readonly HashSet<MatchedFact> _seen = new(ReferenceEqualityComparer.Instance);

        public long Bytes { get; private set; }

        /// <summary>The length of the fact's ID (<c>f1</c>, <c>f2</c>, …), counting the fact into the table the first time it is met.</summary>
        public int IdLength(MatchedFact fact)
        {
            if (_seen.Add(fact))
            {
                // Its own justification may add facts to the table: counted apart, then added.
                long bytes = FactStructure + 1 + Digits(_seen.Count) + Text(fact.Fact) + Text(fact.Text);
                if (fact.Because is { } because)
                {
                    bytes += Because(because, this);
                }

                Bytes += bytes;
            }

            return 1 + Digits(_seen.Count);
        }

        private static int Digits(int n) => n < 10 ? 1 : n < 100 ? 2 : n < 1_000 ? 3 : n < 10_000 ? 4 : 5;
    }
}
