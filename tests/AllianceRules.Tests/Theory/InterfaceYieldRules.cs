using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Tests.Theory;

/// <summary>What the mark rule's helper says it yields.</summary>
public interface IYieldedAs;

/// <summary>What the risk rule requires absent.</summary>
public interface IMatchedAs;

/// <summary>A mark on a power: no conclusion, but it blocks <see cref="RiskWhereUnmarked"/>.</summary>
/// <param name="Power">The power marked.</param>
public sealed record PowerMark(string Power) : IYieldedAs, IMatchedAs;

/// <summary>Marks every power, through a helper whose type is an interface the risk rule does not match.</summary>
[Name("Test.MarkEveryPower")]
[Description("Marks every power.")]
[Tag("C10")]
public sealed class MarkEveryPower : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        GreatPower power = default!;
        When().Match(() => power);
        Then().Yield(_ => Mark(power));
    }

    private static IYieldedAs Mark(GreatPower power) => new PowerMark(power.Name);
}

/// <summary>Draws a risk with every power where no mark stands: only where the mark rule is switched off.</summary>
[Name("Test.RiskWhereUnmarked")]
[Description("Draws a risk with every power where no mark stands.")]
[Tag("C10")]
public sealed class RiskWhereUnmarked : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        GreatPower power = default!;
        When().Match(() => power).Not<IMatchedAs>();
        Then().Yield(_ => new RiskConclusion(Risk.AloneAtSea, power, null));
    }
}

/// <summary>Yields a mark and inserts one more fact of its own: what it yields is not all it draws.</summary>
[Name("Test.YieldsThenInserts")]
[Description("Yields a mark and inserts another.")]
[Tag("C10")]
public sealed class YieldsThenInserts : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        GreatPower power = default!;
        When().Match(() => power);
        Then()
            .Yield(_ => new PowerMark(power.Name))
            .Do(ctx => ctx.Insert(new PowerMark(power.Name + " again")));
    }
}
