using AllianceRules.Benchmarks;

namespace AllianceRules.Tests.Support;

/// <summary>
/// A test that holds the hand-written baseline to the engine: it runs while the baseline encodes
/// the rulebook this build compiles, and is skipped, with the reason, when a theory change has
/// moved the rulebook on (or is moving it, in an accept run). A rule change then costs no edit of
/// the baseline; bringing the baseline up to date is its own piece of work (docs/changing-a-rule.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BaselineFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the baseline encodes another rulebook version.</summary>
    public BaselineFactAttribute()
    {
        if (HandWrittenRulebook.Stale is { } stale)
        {
            Skip = $"Skipped: {stale}.";
        }
        else if (Accept.Writes && RulebookVersions.Accepted != RulebookVersion.Current)
        {
            Skip = $"Skipped: this accept run moves the rulebook from {RulebookVersion.Current} to {RulebookVersions.Accepted}, " +
                $"and the hand-written baseline encodes {HandWrittenRulebook.RulebookVersion}.";
        }
    }
}
