using System.Globalization;
using AllianceRules.Facts;
using static AllianceRules.Scenarios.ActorProfiles;

namespace AllianceRules.Scenarios;

/// <summary>
/// The built-in episodes in chronological order, each with what was observed so that the
/// rulebook can be backtested against the record: the episodes the article argues from, then
/// those after the article (<see cref="IsAfterTheArticle"/>), then the article's hypothetical
/// forecast. Inputs follow the article's account; where other sources differ, the notes say so.
/// The record is kept as it was, also where the rulebook predicts otherwise: a miss is a finding.
/// </summary>
public static class HistoricalScenarios
{
    private const string Article = "The Diplomat, 'What Vietnam Needs from America: Lessons from a Past Alliance' (Trans-Pacific View, spring 2023)";
    private const string Treaty = "Treaty of Friendship and Cooperation between the USSR and the Socialist Republic of Vietnam, signed in Moscow on 3 November 1978";

    private static readonly RelationState BadAndSettlementFailed = new() { Level = RelationLevel.Hostile, SettlementFailed = true };

    private static readonly GreatPowerOffer SovietTreaty = new()
    {
        From = SovietUnionName,
        Kind = OfferKind.AllianceTreaty,
        Domains = [Domain.Land, Domain.Sea],
    };

    private static readonly GreatPower SovietUnionRetrenching = SovietUnion with
    {
        Stance = Stance.Rapprochement,
        Resolve = Resolve.Wavering,
    };

    private static readonly GeographyConstraint[] SovietGeography = [VietnamChinaBorder, SovietChinaBorder];
    private static readonly GeographyConstraint[] AmericanGeography = [VietnamChinaBorder, UnitedStatesOverseas];

    /// <summary>
    /// The latest event the article reports: the Secretary of State's visit to Hanoi of
    /// 15 April 2023 (paragraph 1). The article was written after it.
    /// </summary>
    public static DateOnly ArticleLatestEvent { get; } = new(2023, 4, 15);

    /// <summary>Every built-in episode, oldest first, with the hypothetical forecast last.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new()
        {
            Id = "1975-soviet-port-request",
            Title = "Soviet request for the southern ports",
            Date = "1975",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [SovietUnion],
            Geography = SovietGeography,
            Offers = [new() { From = SovietUnionName, Kind = OfferKind.BaseAccess, Domains = [Domain.Sea] }],
            Observed = new()
            {
                Posture = Posture.Bandwagon,
                Responses = [new() { From = SovietUnionName, Kind = OfferKind.BaseAccess, Decision = Decision.Reject }],
            },
            Claims = ["C04", "C10", "C13"],
            Notes =
            [
                "Vietnam kept equidistance between Beijing and Moscow and turned the request down to stay neutral in the Sino-Soviet rivalry (C10, C13).",
                "Other sources confirm a Soviet treaty proposal left unanswered and reported requests for base access; the scenario follows the article's account.",
            ],
            Sources = [Article + ", paragraphs 4 and 6"],
        },
        new()
        {
            Id = "1977-settlement-attempt",
            Title = "Attempt to settle differences with China",
            Date = "1977",
            Relation = new() { Level = RelationLevel.Strained, SettlementFailed = false },
            Powers = [SovietUnion],
            Geography = SovietGeography,
            Offers = [SovietTreaty],
            Observed = new()
            {
                Posture = Posture.SeekSettlement,
                Responses = [new() { From = SovietUnionName, Kind = OfferKind.AllianceTreaty, Decision = Decision.Defer }],
            },
            Claims = ["C20"],
            Notes = ["Hanoi left the Soviet treaty proposal of 1975-78 unanswered while it still sought a settlement with China, which failed in October 1977 (C20)."],
            Sources = [Article + ", paragraph 7"],
        },
        new()
        {
            Id = "1978-soviet-alliance",
            Title = "Alliance with the Soviet Union",
            Date = "1978-11-03",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnion],
            Geography = SovietGeography,
            Offers =
            [
                SovietTreaty,
                new() { From = SovietUnionName, Kind = OfferKind.EconomicAid, AnnualUsd = 2_500_000_000m, ShareOfGdp = 0.10m },
            ],
            Observed = new()
            {
                Posture = Posture.Balance,
                Responses =
                [
                    new() { From = SovietUnionName, Kind = OfferKind.AllianceTreaty, Decision = Decision.Accept },
                    new() { From = SovietUnionName, Kind = OfferKind.EconomicAid, Decision = Decision.Accept },
                ],
            },
            Claims = ["C06", "C10", "C21"],
            Notes =
            [
                "Talks failed in October 1977 and China ended all aid in July 1978; Vietnam joined the Council for Mutual Economic Assistance on 29 June 1978 and allied with the Soviet Union (C21).",
                "The article dates the treaty to October 1978; it was signed on 3 November 1978, the date used here.",
                "The aid amount is the article's figure for the Soviet package of the 1980s (C25), the benchmark of C28; the scenario takes CMEA membership and the treaty as what opened that package.",
            ],
            Sources = [Article + ", paragraphs 7 and 8", Treaty],
        },
        new()
        {
            Id = "1979-chinese-invasion",
            Title = "Chinese invasion and the Cam Ranh agreement",
            Date = "1979-02-17",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnion],
            Geography = SovietGeography,
            Offers =
            [
                SovietTreaty,
                new() { From = SovietUnionName, Kind = OfferKind.BaseAccess, Domains = [Domain.Sea] },
            ],
            Coercion = [new() { Domain = Domain.Land, Year = 1979, Kind = "Invasion" }],
            Observed = new()
            {
                Posture = Posture.Balance,
                Responses = [new() { From = SovietUnionName, Kind = OfferKind.BaseAccess, Decision = Decision.Accept }],
            },
            Claims = ["C22", "C23", "C24"],
            Notes =
            [
                "China invaded from 17 February to 16 March 1979; Soviet military pressure was vital in limiting Chinese action along the border (C23, C24).",
                "Naval and air use of Cam Ranh Bay was agreed on 2 May 1979 (C22).",
                "The 1978 treaty stays in force and on the table in every episode until 1991.",
            ],
            Sources = [Article + ", paragraph 7", Treaty],
        },
        new()
        {
            Id = "1980s-soviet-aid",
            Title = "Soviet aid through the 1980s",
            Date = "1980–1985",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnion],
            Geography = SovietGeography,
            Offers =
            [
                SovietTreaty,
                new() { From = SovietUnionName, Kind = OfferKind.MilitaryAid },
                new() { From = SovietUnionName, Kind = OfferKind.EconomicAid, AnnualUsd = 2_500_000_000m, ShareOfGdp = 0.10m },
            ],
            Coercion =
            [
                new() { Domain = Domain.Land, Year = 1980, Kind = "BorderIncursion" },
                new() { Domain = Domain.Land, Year = 1981, Kind = "BorderIncursion" },
                new() { Domain = Domain.Land, Year = 1984, Kind = "BorderIncursion" },
            ],
            Observed = new()
            {
                Posture = Posture.Balance,
                Responses =
                [
                    new() { From = SovietUnionName, Kind = OfferKind.MilitaryAid, Decision = Decision.Accept },
                    new() { From = SovietUnionName, Kind = OfferKind.EconomicAid, Decision = Decision.Accept },
                ],
            },
            Claims = ["C25", "C27", "C38"],
            Notes =
            [
                "About US$2.5 billion a year of military and economic aid, over 10% of Vietnam's GDP (C25); the article gives one combined figure, recorded here on the EconomicAid offer, and the aid benchmark sums both kinds.",
                "Border incursions in 1980, 1981 and 1984 (Laoshan / Vi Xuyen) (C38); Vietnam kept resisting while its patron stayed committed (C27).",
            ],
            Sources = [Article + ", paragraphs 8 and 10"],
        },
        new()
        {
            Id = "1986-soviet-shift",
            Title = "The Soviet shift toward China",
            Date = "1986-07-28",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnionRetrenching],
            Geography = SovietGeography,
            Offers = [SovietTreaty],
            Observed = new() { Posture = Posture.Balance, Risks = [Risk.Abandonment] },
            Claims = ["C26", "C48"],
            Notes =
            [
                "Gorbachev's Vladivostok speech of 28 July 1986 opened the Soviet rapprochement with China and retrenchment; Vietnam has feared abandonment ever since (C26, C48).",
                "The record as it was: Vietnam still balanced in 1986. The 1978 treaty stayed in force, the Soviet navy kept the use of Cam Ranh Bay and Vietnamese troops stayed in Cambodia until September 1989; the article has Vietnam give in only in 1991 (paragraph 8), so the observed posture is Balance even where the rulebook predicts accommodation from the Soviet turn (C26).",
            ],
            Sources = [Article + ", paragraphs 8 and 11", Treaty],
        },
        new()
        {
            Id = "1988-johnson-south-reef",
            Title = "Johnson South Reef",
            Date = "1988-03-14",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnionRetrenching],
            Geography = SovietGeography,
            Offers = [SovietTreaty],
            Coercion = [new() { Domain = Domain.Sea, Year = 1988, Kind = "ReefAttack" }],
            Observed = new() { Posture = Posture.Balance, Risks = [Risk.AloneAtSea] },
            Claims = ["C39", "C41"],
            Notes =
            [
                "China's attack at Johnson South Reef killed 64 Vietnamese; no Soviet help came, a reminder that any great power's commitment can fail (C41, C39).",
                "The record as it was: Vietnam still balanced in 1988, with the Soviet treaty in force and Vietnamese troops still in Cambodia; it gave in only in 1991 (paragraph 8), so the observed posture is Balance even where the rulebook predicts accommodation from the Soviet turn (C26).",
            ],
            Sources = [Article + ", paragraphs 8 and 10", Treaty],
        },
        new()
        {
            Id = "1991-normalization",
            Title = "Normalisation on China's terms",
            Date = "1991-11-05",
            Relation = BadAndSettlementFailed,
            Powers = [SovietUnionRetrenching],
            Geography = SovietGeography,
            Offers = [SovietTreaty],
            Observed = new() { Posture = Posture.Accommodate },
            Claims = ["C26", "C27"],
            Notes = ["With its patron retrenching, Vietnam gave in to Chinese coercion on Chinese terms and normalised relations in November 1991 (C26, C27)."],
            Sources = [Article + ", paragraph 8"],
        },
        new()
        {
            Id = "2014-2019-maritime-coercion",
            Title = "Maritime coercion despite US capacity building",
            Date = "2014–2019",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Offers = [UnitedStatesNavalCapacityBuilding],
            Coercion =
            [
                new() { Domain = Domain.Sea, Year = 2014, Kind = "OilRigStandoff" },
                new() { Domain = Domain.Sea, Year = 2017, Kind = "DrillingHalted" },
                new() { Domain = Domain.Sea, Year = 2018, Kind = "DrillingHalted" },
                new() { Domain = Domain.Sea, Year = 2019, Kind = "SurveyShipStandoff" },
            ],
            Observed = new()
            {
                Responses = [new() { From = UnitedStatesName, Kind = OfferKind.CapacityBuilding, Decision = Decision.Accept }],
                Risks = [Risk.AloneAtSea],
            },
            Claims = ["C32", "C34", "C35", "C39", "C40"],
            Notes =
            [
                "Relations were stable overall; US cooperation mostly built Vietnam's naval capacity (C35), yet Vietnam stood alone each time China coerced it at sea (C40, C39).",
                "2014: the HYSY-981 oil rig; 2017 and 2018: Repsol drilling stopped under pressure; 2019: Vanguard Bank.",
            ],
            Sources = [Article + ", paragraphs 9 and 10"],
        },
        new()
        {
            Id = "2021-harris-visit",
            Title = "Strategic partnership proposed during the Vice President's visit",
            Date = "2021-08-25",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Offers = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade }],
            Observed = new()
            {
                Posture = Posture.Bandwagon,
                Responses = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade, Decision = Decision.Reject }],
            },
            Claims = ["C12", "C15", "C16"],
            Notes = ["The rejection was reported by the press, not announced officially (C16)."],
            Sources = [Article + ", paragraphs 1 and 6"],
        },
        new()
        {
            Id = "2023-blinken-visit",
            Title = "The upgrade raised again",
            Date = "2023-04-15",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Offers = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade }],
            Observed = new()
            {
                Posture = Posture.Bandwagon,
                Responses = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade, Decision = Decision.Defer }],
            },
            Claims = ["C15", "C16"],
            Notes =
            [
                "Raised again in the Biden–Trong call of 29 March 2023 and during the Secretary of State's visit to Hanoi (C16).",
                "The record as it was: both sides said they would work on the upgrade in the coming months, and Hanoi spoke only of taking relations to \"new heights\" (paragraph 1); nothing was accepted and nothing refused, so the observed decision is Defer, not the rejection of 2021.",
                "Five months later the upgrade was made (the episode 2023-09-us-comprehensive-partnership).",
            ],
            Sources = [Article + ", paragraphs 1 and 2"],
        },
        new()
        {
            Id = "2023-09-us-comprehensive-partnership",
            Title = "Comprehensive strategic partnership during the President's visit",
            Date = "2023-09-10",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Offers = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade }],
            Observed = new()
            {
                Posture = Posture.Bandwagon,
                Responses = [new() { From = UnitedStatesName, Kind = OfferKind.PartnershipUpgrade, Decision = Decision.Accept }],
            },
            Claims = ["C04", "C12", "C15"],
            Notes =
            [
                "After the article (out of sample). On 10 September 2023, during the US President's state visit to Hanoi, he and the Communist Party's General Secretary raised the relationship from the comprehensive partnership of 2013 straight to a comprehensive strategic partnership, skipping the strategic partnership turned down in 2021; it is Vietnam's highest rank, the one it gives China and Russia.",
                "Relations with China stayed stable: the Chinese President came to Hanoi on 12–13 December 2023, his first visit in six years, and the two sides announced dozens of agreements.",
                "The article has Vietnam turn such an upgrade down while relations are good or stable (C04, C15), and holds that the proposal is likely to arouse Chinese suspicion (C12); here it was accepted in stable times, the clearest test of those claims on what the article could not have seen.",
                "The US President said in Hanoi that the visit was not about containing China; the scenario keeps the built-in US profile (stance Containment), as the other US episodes do.",
            ],
            Sources =
            [
                Article + ", paragraphs 1, 3 and 6",
                "Vietnam News Agency, 'Vietnam and US issue Joint Leaders' Statement' (full text of the statement elevating relations to a comprehensive strategic partnership), CAND, 11 September 2023, https://en.cand.com.vn/politics/vietnam-and-us-issue-joint-leaders-statement-i595134/ (also on VietnamPlus: https://betaen.vietnamplus.vn/vietnam-us-issue-joint-leaders-statement-post267736.vnp)",
                "Kyodo News, 'U.S., Vietnam partnership raised to top level during Biden's visit', nippon.com, 11 September 2023, https://www.nippon.com/en/news/kd1073644400301507158/u-s-vietnam-partnership-raised-to-top-level-during-biden%E2%80%99s-visit.html",
                "Associated Press, 'Biden says talks in Vietnam will strengthen ties', Arkansas Democrat-Gazette, 11 September 2023, https://www.arkansasonline.com/news/2023/sep/11/biden-says-talks-in-vietnam-will-strengthen-ties/",
                "Reuters, 'China's Xi meets Vietnam leaders on second day of state visit to Hanoi', The Straits Times, 13 December 2023, https://www.straitstimes.com/asia/chinas-xi-meets-vietnam-leaders-in-second-day-of-state-visit-to-hanoi",
            ],
        },
        new()
        {
            Id = "2024-09-paracels-fishermen",
            Title = "Fishermen beaten near the Paracels",
            Date = "2024-09-29",
            Relation = new() { Level = RelationLevel.Stable },
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Coercion = [new() { Domain = Domain.Sea, Year = 2024, Kind = "CrewBeaten" }],
            Observed = new()
            {
                Posture = Posture.Bandwagon,
                Risks = [Risk.AloneAtSea],
            },
            Claims = ["C39"],
            Notes =
            [
                "After the article (out of sample). On 29 September 2024, near the Paracel (Hoang Sa) Islands, Chinese law-enforcement crews boarded a fishing boat from Quang Ngai, beat its ten fishermen (three were left with broken limbs) and seized its catch and gear.",
                "Vietnam's foreign ministry protested to the Chinese embassy on 2 October: it called the attack a breach of Vietnam's sovereignty and of international law, asked China to investigate and not to repeat it, and appealed to the two leaderships' shared understanding on managing disputes at sea. China said its officers had acted with restraint against illegal fishing.",
                "Relations stayed stable overall (Bandwagon), and Hanoi answered alone, with no guarantee from any power to call on: Vietnam alone at sea (C39). The United States is in the scenario with no offer on the table.",
            ],
            Sources =
            [
                Article + ", paragraph 10",
                "Vietnam's Ministry of Foreign Affairs, spokeswoman's statement of 2 October 2024, as carried by VnExpress International, 'Vietnam resolutely opposes Chinese force's brutal behaviors towards Vietnamese fishermen: spokeswoman', https://e.vnexpress.net/news/news/vietnam-resolutely-opposes-chinese-force-s-brutal-behaviors-towards-vietnamese-fishermen-spokeswoman-4799588.html",
                "Vietnam News Agency, 'Vietnam opposes Chinese force's brutal behaviours towards Vietnamese fishermen', SGGP News, 3 October 2024, https://en.sggp.org.vn/vietnam-opposes-chinese-forces-brutal-behaviours-towards-vietnamese-fishermen-post112883.html",
                "Associated Press, 'Vietnam condemns China for assault on its fishermen in the disputed South China Sea', WTOP, 3 October 2024, https://wtop.com/world/2024/10/vietnam-condemns-china-for-assault-on-its-fishermen-in-the-disputed-south-china-sea/",
                "Reuters, 'Vietnamese fishing boat attacked near contested South China Sea islands, newspapers report', ThePrint, 1 October 2024, https://theprint.in/world/vietnamese-fishing-boat-attacked-near-contested-south-china-sea-islands-newspapers-report/2293130",
            ],
        },
        new()
        {
            Id = "future-sharp-deterioration",
            Title = "Hypothetical: relations deteriorate sharply",
            Date = "hypothetical",
            Relation = BadAndSettlementFailed,
            Powers = [UnitedStates],
            Geography = AmericanGeography,
            Offers =
            [
                new() { From = UnitedStatesName, Kind = OfferKind.SecurityGuarantee, Domains = [Domain.Sea] },
                new() { From = UnitedStatesName, Kind = OfferKind.ArmsSales },
            ],
            Claims = ["C28", "C29", "C30", "C31", "C32", "C34", "C45", "C46", "C47", "C48", "C49", "C50", "C51", "C52", "C53", "C54", "C55", "C56"],
            Notes = ["A forecast, not a record: the article's paragraphs 8 to 12 on what a sharp deterioration would demand of the United States (C28-C31, C45-C56)."],
            Sources = [Article + ", paragraphs 8-12"],
        },
    ];

    /// <summary>
    /// Whether a scenario took place after the article was written: its date begins after
    /// <see cref="ArticleLatestEvent"/>. The two sets are backtested apart. The episodes before
    /// are the article's own evidence: the theory was drawn from them, so matching them is a fit,
    /// not a test. The episodes after are the article's out-of-sample test: the theory could not
    /// have seen them.
    /// </summary>
    /// <param name="scenario">Any scenario; its <see cref="Scenario.Date"/> is read.</param>
    /// <returns>
    /// <see langword="true"/> when the date (<c>yyyy-MM-dd</c>, <c>yyyy</c>, or a range starting
    /// with either) starts after <see cref="ArticleLatestEvent"/>; <see langword="false"/> for an
    /// earlier date, and for a scenario with no date or a date that is not one (<c>hypothetical</c>).
    /// </returns>
    public static bool IsAfterTheArticle(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Start(scenario.Date) is { } start && start > ArticleLatestEvent;
    }

    /// <summary>Finds a built-in episode by its ID.</summary>
    /// <param name="id">The scenario ID, for example <c>1978-soviet-alliance</c>.</param>
    /// <returns>The scenario, or <see langword="null"/> when there is none with that ID.</returns>
    public static Scenario? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
    }

    /// <summary>The built-in IDs that a partial or mistyped ID most likely means, for a did-you-mean.</summary>
    /// <param name="id">An ID that <see cref="Find"/> did not find, such as <c>1978</c> or <c>1978-soviet-aliance</c>.</param>
    /// <returns>
    /// The IDs that contain <paramref name="id"/> (ignoring case), in the order of <see cref="All"/>;
    /// when none does, the one closest by edit distance if it is close; else none.
    /// </returns>
    public static IReadOnlyList<string> Suggest(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ids = All.Select(s => s.Id!).ToList();
        if (id.Trim().Length > 0 && ids.Where(known => known.Contains(id.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } containing)
        {
            return containing;
        }

        return Names.Closest(id, ids) is { } closest ? [closest] : [];
    }

    /// <summary>The first day a record's date covers: <c>1975</c> is 1 January 1975, <c>2014–2019</c> 1 January 2014.</summary>
    private static DateOnly? Start(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (date.Length >= 10 && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return new DateOnly(year, 1, 1);
    }
}
