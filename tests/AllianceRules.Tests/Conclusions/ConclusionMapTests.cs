using AllianceRules.Conclusions;

namespace AllianceRules.Tests.Conclusions;

public class ConclusionMapTests
{
    private static ConclusionMap Map(params (string Key, string Value)[] conclusions) =>
        ConclusionMap.Of(conclusions.Select(c => (ConclusionKey.Parse(c.Key), c.Value)));

    [Fact]
    public void DifferencesIn_GivesChangedNewAndGone_WithTheOriginalsKeys()
    {
        var original = Map(("posture", "Balance"), ("risks[AloneAtSea]", ConclusionMap.Present), ("outlook[P]", "Likely"));
        var other = Map(("posture", "Accommodate"), ("outlook[P]", "Likely"), ("advice[P,ManageExpectations]", ConclusionMap.Present));
        var copies = new List<ConclusionKey>();

        var changed = original.DifferencesIn(other, key => { copies.Add(key); return key; });

        Assert.Equal(
            [
                "advice[P,ManageExpectations] = present",
                "posture = Accommodate",
                "risks[AloneAtSea] = (none)",
            ],
            changed.Select(c => $"{c.Key} = {c.Value}").Order(StringComparer.Ordinal));
        Assert.Same(original.Keys.Single(k => k.ToString() == "posture"), changed.Keys.Single(k => k.ToString() == "posture"));
        Assert.Equal(["advice[P,ManageExpectations]"], copies.Select(k => k.ToString()));
    }

    [Fact]
    public void DifferencesIn_KeepsOnlyWhatTheFilterAccepts()
    {
        var original = Map(("posture", "Balance"), ("risks[AloneAtSea]", ConclusionMap.Present));
        var other = Map(("posture", "Accommodate"), ("advice[P,ManageExpectations]", ConclusionMap.Present));

        var changed = original.DifferencesIn(other, key => key, (key, value) => key.Kind != ConclusionKind.Advice && value != ConclusionMap.Absent);

        Assert.Equal(["posture = Accommodate"], changed.Select(c => $"{c.Key} = {c.Value}"));
    }

    [Fact]
    public void DifferencesIn_SameMaps_NothingChanged()
    {
        var map = Map(("posture", "Balance"), ("outlook[P]", "Likely"));

        Assert.Empty(map.DifferencesIn(Map(("outlook[P]", "Likely"), ("posture", "Balance")), key => key));
    }
}
