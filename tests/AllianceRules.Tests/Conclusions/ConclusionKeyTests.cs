using AllianceRules.Conclusions;
using AllianceRules.Facts;

namespace AllianceRules.Tests.Conclusions;

public class ConclusionKeyTests
{
    private static readonly string[] KeyTexts =
    [
        "posture",
        "responses[United States,PartnershipUpgrade]",
        "needs[Soviet Union,GenerousAid]",
        "commitments[Soviet Union]",
        "commitments[United States].gaps[NoLandProtection]",
        "risks[AloneAtSea]",
        "risks[Abandonment,Soviet Union]",
        "outlook[United States]",
        "advice[United States,DemonstrateReach]",
    ];

    public static TheoryData<string> Keys => [.. KeyTexts];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Parse_EveryKind_RoundTrips(string text)
    {
        var key = ConclusionKey.Parse(text);

        Assert.Equal(text, key.ToString());
        Assert.Equal(key, ConclusionKey.Parse(key.ToString()));
    }

    [Fact]
    public void Factories_WriteTheKeysTheReportsUse()
    {
        Assert.Equal("responses[P,BaseAccess]", ConclusionKey.Response("P", OfferKind.BaseAccess).ToString());
        Assert.Equal("commitments[P].gaps[NoSeaProtection]", ConclusionKey.Gap("P", Gap.NoSeaProtection).ToString());
        Assert.Equal("risks[AloneAtSea]", ConclusionKey.Risk(Risk.AloneAtSea, null).ToString());
        Assert.Equal(ConclusionKey.Outlook("P"), ConclusionKey.Of(ConclusionKind.Outlook, "P"));
        Assert.Equal("P", ConclusionKey.Parse("risks[Abandonment,P]").Power);
        Assert.Null(ConclusionKey.Posture.Power);
    }

    [Fact]
    public void Names_WithKeySyntax_AreEscapedSoTwoSubjectsNeverPrintAsOne()
    {
        var tricky = ConclusionKey.Need("A,GenerousAid] x[B", Need.GenerousAid);
        var plain = ConclusionKey.Need("A", Need.GenerousAid);

        Assert.NotEqual(plain.ToString(), tricky.ToString());
        Assert.Equal(@"needs[A\,GenerousAid\] x\[B,GenerousAid]", tricky.ToString());
        Assert.Equal(tricky, ConclusionKey.Parse(tricky.ToString()));
        Assert.Equal("A,GenerousAid] x[B", ConclusionKey.Parse(tricky.ToString()).Power);
    }

    [Theory]
    [InlineData("")]
    [InlineData("posture[X]")]
    [InlineData("needs[A]")]
    [InlineData("needs[A,Nothing]")]
    [InlineData("commitments[A].gap[NoSeaProtection]")]
    [InlineData("outlook[A")]
    [InlineData("outlook[]")]
    public void Parse_NotAKey_IsRefused(string text)
    {
        Assert.False(ConclusionKey.TryParse(text, out _, out var error));
        Assert.Contains("is not a conclusion", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_SortByTheirText()
    {
        var keys = KeyTexts.Select(ConclusionKey.Parse).Order().Select(k => k.ToString());

        Assert.Equal(KeyTexts.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Keys_MadeAgainOnOneThread_AreShared_AndEveryKeyMadeIsRight_HoweverManyNamesPass()
    {
        // A sweep makes the same keys row after row: the recent ones are reused, not made again.
        Assert.Same(ConclusionKey.Need("Power", Need.GenerousAid), ConclusionKey.Need("Power", Need.GenerousAid));
        Assert.Same(ConclusionKey.Risk(Risk.AloneAtSea, null), ConclusionKey.Risk(Risk.AloneAtSea, null));

        // A host that assesses ever new names keeps no more than the store's bound, and every key
        // it gets, made or reused, is the key of its own subject.
        for (var i = 0; i < 3000; i++)
        {
            var name = $"Power {i}";
            var need = ConclusionKey.Need(name, Need.GenerousAid);
            var gap = ConclusionKey.Gap(name, Gap.NoSeaProtection);
            Assert.Equal($"needs[{name},GenerousAid]", need.ToString());
            Assert.Equal(ConclusionKey.Parse($"commitments[{name}].gaps[NoSeaProtection]"), gap);
            Assert.Equal(name, ConclusionKey.Risk(Risk.AloneAtSea, name).Subject[1]);
        }

        Assert.InRange(ConclusionKey.RecentCount, 1, 1024);
    }

    [Fact]
    public void Subject_OfASharedKey_CannotBeWrittenThrough()
    {
        // A key is shared by every caller on the thread that makes it again: a caller that writes
        // into its subject must not change the key the next caller gets.
        var key = ConclusionKey.Need("Power", Need.GenerousAid);
        if (key.Subject is IList<string> list)
        {
            Assert.ThrowsAny<NotSupportedException>(() => list[0] = "Another");
        }

        var again = ConclusionKey.Need("Power", Need.GenerousAid);
        Assert.Equal(["Power", "GenerousAid"], again.Subject);
        Assert.Equal(ConclusionKey.Parse("needs[Power,GenerousAid]"), again);
    }
}
