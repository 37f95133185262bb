namespace AllianceRules.Backtesting;

/// <summary>A predictor's score over the fields of a set.</summary>
/// <param name="Fields">How many fields the set's records hold.</param>
/// <param name="Matches">How many the predictor matches (post-hoc matches included).</param>
/// <param name="Misses">How many it misses.</param>
/// <param name="Abstentions">How many it is silent on.</param>
/// <param name="PostHocMatches">How many of its matches the record marks post hoc (fitted, not confirmed); always 0 for a baseline.</param>
public sealed record Tally(int Fields, int Matches, int Misses, int Abstentions, int PostHocMatches)
{
    /// <summary>How many fields the predictor speaks on (its coverage): the fields less its abstentions.</summary>
    public int Speaks => Fields - Abstentions;

    internal static Tally Of(IEnumerable<(FieldResult Result, bool PostHoc)> results)
    {
        int fields = 0, matches = 0, misses = 0, abstentions = 0, postHoc = 0;
        foreach (var (result, isPostHoc) in results)
        {
            fields++;
            switch (result)
            {
                case FieldResult.Match:
                    matches++;
                    postHoc += isPostHoc ? 1 : 0;
                    break;
                case FieldResult.Miss:
                    misses++;
                    break;
                default:
                    abstentions++;
                    break;
            }
        }

        return new Tally(fields, matches, misses, abstentions, postHoc);
    }
}
