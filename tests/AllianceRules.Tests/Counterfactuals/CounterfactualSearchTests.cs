using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Counterfactuals;

public class CounterfactualSearchTests
{
    public static TheoryData<string> Episodes => ["1978-soviet-alliance", "2021-harris-visit", "future-sharp-deterioration"];

    private static CounterfactualSearch Search(Scenario scenario, bool flipsOnly, Func<ConclusionMap, Func<ConclusionKey, bool>>? asksAbout = null)
    {
        var valid = ValidScenario.From(scenario);
        // Keys parsed afresh: an assessment on this thread would hand back the thread's shared key
        // objects, and so would any neighbour assessed on it, whatever the search keeps.
        var original = ConclusionMap.Of(ConclusionMap.Of(TestEngine.Assessor.AssessVerdicts(valid, CancellationToken.None)).Select(c => (ConclusionKey.Parse(c.Key.ToString()), c.Value)));
        return new CounterfactualSearch(
            TestEngine.Assessor,
            valid,
            original,
            HeldInputs.Resolve(scenario, new CounterfactualOptions()),
            null,
            CancellationToken.None,
            flipsOnly ? original.ContainsKey : asksAbout?.Invoke(original),
            pairsOnlyWhereNoSingleReaches: flipsOnly);
    }

    /// <summary>
    /// A what-if's search keeps of each neighbour only what the what-if reports: the scenario's
    /// own conclusions that change, and of a pair only a value no single change reaches. What it
    /// keeps must be exactly that part of what a search that keeps everything finds.
    /// </summary>
    [Theory]
    [MemberData(nameof(Episodes))]
    public void FlipsOnly_KeepsExactlyTheOriginalsChanges_AndOfPairsWhatNoSingleReaches(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;
        var whole = Search(scenario, flipsOnly: false);
        var flipsOnly = Search(scenario, flipsOnly: true);

        Assert.Equal(whole.Singles.Select(n => string.Join("; ", n.Changes)), flipsOnly.Singles.Select(n => string.Join("; ", n.Changes)));
        Assert.Equal(whole.Pairs.Select(n => string.Join("; ", n.Changes)), flipsOnly.Pairs.Select(n => string.Join("; ", n.Changes)));
        for (var i = 0; i < whole.Singles.Count; i++)
        {
            Assert.Equal(
                whole.Singles[i].Changed.Where(c => whole.Original.ContainsKey(c.Key)).OrderBy(c => c.Key),
                flipsOnly.Singles[i].Changed.OrderBy(c => c.Key));
        }

        var reachedBySingles = whole.Singles.SelectMany(n => n.Changed).Where(c => whole.Original.ContainsKey(c.Key)).ToHashSet();
        var prunedSomething = false;
        for (var i = 0; i < whole.Pairs.Count; i++)
        {
            var expected = whole.Pairs[i].Changed.Where(c => whole.Original.ContainsKey(c.Key) && !reachedBySingles.Contains(c)).OrderBy(c => c.Key).ToArray();
            Assert.Equal(expected, flipsOnly.Pairs[i].Changed.OrderBy(c => c.Key));
            prunedSomething |= expected.Length < whole.Pairs[i].Changed.Count(c => whole.Original.ContainsKey(c.Key));
        }

        // The pruning is not idle: some pair repeats what a single change does to the scenario's own conclusions.
        Assert.True(prunedSomething);
    }

    /// <summary>The what-if read from a search that keeps only what it reports is the one read from a search that keeps everything.</summary>
    [Theory]
    [MemberData(nameof(Episodes))]
    public void WhatIf_FromThePrunedSearch_IsTheWhatIfOfTheWholeOne(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;

        var whole = WhatIf.Of(Search(scenario, flipsOnly: false), id);
        var pruned = WhatIf.Of(Search(scenario, flipsOnly: true), id);

        Assert.Equal(AllianceRules.Rendering.AssessmentJson.Serialize(whole), AllianceRules.Rendering.AssessmentJson.Serialize(pruned));
        Assert.NotEmpty(pruned.Flips);
        Assert.Contains(pruned.Flips, f => f.Changes.Count == 2);
    }

    [Fact]
    public void AsksAbout_KeepsTheChangesOfThoseConclusionsOnly_InSinglesAndPairs()
    {
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;
        var posture = ConclusionKey.Parse("posture");
        var whole = Search(scenario, flipsOnly: false);
        var asked = Search(scenario, flipsOnly: false, _ => key => key == posture);

        var wholeNeighbours = whole.Singles.Concat(whole.Pairs).ToArray();
        var askedNeighbours = asked.Singles.Concat(asked.Pairs).ToArray();
        Assert.Equal(wholeNeighbours.Length, askedNeighbours.Length);
        for (var i = 0; i < wholeNeighbours.Length; i++)
        {
            Assert.Equal(wholeNeighbours[i].Changed.Where(c => c.Key == posture), askedNeighbours[i].Changed);
        }

        Assert.Contains(askedNeighbours, n => n.Changed.Count > 0);
        Assert.Equal(
            whole.Reaching(posture, "Bandwagon").Select(n => string.Join("; ", n.Changes)),
            asked.Reaching(posture, "Bandwagon").Select(n => string.Join("; ", n.Changes)));
    }

    [Fact]
    public void Neighbours_ShareTheOriginalsKeys_AndOneCopyOfEachNewKey()
    {
        var search = Search(HistoricalScenarios.Find("2021-harris-visit")!, flipsOnly: false);
        var originalKeys = search.Original.Keys.ToArray();
        var newKeys = new Dictionary<ConclusionKey, ConclusionKey>();
        foreach (var key in search.Singles.Concat(search.Pairs).SelectMany(n => n.Changed.Keys))
        {
            var at = Array.BinarySearch(originalKeys, key);
            if (at >= 0)
            {
                Assert.Same(originalKeys[at], key);
            }
            else
            {
                Assert.Same(newKeys.TryGetValue(key, out var first) ? first : newKeys[key] = key, key);
            }
        }

        Assert.NotEmpty(newKeys);
    }
}
