using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The hedging state's answer to an offer.</summary>
public enum Decision
{
    /// <summary>It takes the offer.</summary>
    [Description("accept")]
    Accept,

    /// <summary>It turns the offer down.</summary>
    [Description("reject")]
    Reject,

    /// <summary>It leaves the offer unanswered for now.</summary>
    [Description("defer")]
    Defer,

    /// <summary>The article says nothing about this case; the rulebook does not guess.</summary>
    [Description("no claim")]
    NoClaim,
}
