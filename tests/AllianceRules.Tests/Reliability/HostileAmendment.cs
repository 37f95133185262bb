using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// An amendment as an attacker, or a careless author, writes one, for the CLI to load from this
/// assembly (<c>--amendment AllianceRules.Tests.dll</c>) in a process of its own: what it does is
/// chosen by <see cref="Variable"/>, so that each test's process gets one behaviour. Unset, it
/// changes nothing.
/// </summary>
public sealed class HostileAmendment : IRulebookAmendment
{
    /// <summary>The environment variable that chooses the behaviour: spin, sleep, condition, throw, invalid or codes.</summary>
    public const string Variable = "ALLIANCERULES_TEST_HOSTILE_AMENDMENT";

    /// <summary>What the amendment's text carries in <c>codes</c>: an escape that sets the window title, a bell, a right-to-left override.</summary>
    public const string Codes = "\u001b]0;owned\u0007 \u202e \u200b \u007f";

    /// <inheritdoc/>
    public string Description => Environment.GetEnvironmentVariable(Variable) == "codes" ? "hostile " + Codes : "hostile amendment";

    /// <inheritdoc/>
    public void Apply(AllianceRulesOptions options)
    {
        switch (Environment.GetEnvironmentVariable(Variable))
        {
            case "spin":
                options.AdditionalRuleTypes.Add(typeof(SpinForever));
                break;
            case "sleep":
                options.AdditionalRuleTypes.Add(typeof(SleepForever));
                break;
            case "condition":
                options.AdditionalRuleTypes.Add(typeof(BlockInCondition));
                break;
            case "throw":
                throw new InvalidOperationException("Apply broke " + Codes);
            case "invalid":
                options.MaxRuleFirings = -1;
                break;
            case "codes":
                options.AdditionalRuleTypes.Add(typeof(FailWithCodes));
                break;
        }
    }
}

/// <summary>A rule whose action never returns and never yields: only the end of the process stops it.</summary>
[Name("Hostile.SpinForever")]
[Tag("X90")]
[Priority(1000)]
internal sealed class SpinForever : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation);

        Then()
            .Do(_ => Spin());
    }

    private static void Spin()
    {
        while (Environment.TickCount64 != 0)
        {
        }
    }
}

/// <summary>A rule whose action sleeps for ever.</summary>
[Name("Hostile.SleepForever")]
[Tag("X90")]
[Priority(1000)]
internal sealed class SleepForever : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation);

        Then()
            .Do(_ => Thread.Sleep(Timeout.Infinite));
    }
}

/// <summary>A rule whose condition sleeps for ever: NRules runs it while it matches the facts, before any rule fires.</summary>
[Name("Hostile.BlockInCondition")]
[Tag("X90")]
internal sealed class BlockInCondition : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => Block(r));

        Then()
            .Do(_ => NoOp());
    }

    private static bool Block(RelationState relation)
    {
        Thread.Sleep(Timeout.Infinite);
        return relation is not null;
    }

    private static void NoOp()
    {
    }
}

/// <summary>A rule that fails with terminal codes in its message.</summary>
[Name("Hostile.FailWithCodes")]
[Tag("X90")]
[Priority(1000)]
internal sealed class FailWithCodes : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation);

        Then()
            .Do(_ => Fail());
    }

    private static void Fail() => throw new InvalidOperationException("boom " + HostileAmendment.Codes);
}
