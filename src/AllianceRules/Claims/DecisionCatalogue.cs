namespace AllianceRules.Claims;

/// <summary>
/// The project's interpretive decisions (D1–D27): where the article or the spec leaves room, what
/// was chosen and the claims it rests on. A rule that concludes more than its claims state cites
/// the decision that records the reading (a <c>[Tag("Dnn")]</c>), and every conclusion drawn by
/// it reports the decision's ID. <c>docs/decisions.md</c> is generated from this catalogue.
/// </summary>
public static class DecisionCatalogue
{
    /// <summary>Every decision, in ID order.</summary>
    public static IReadOnlyList<InterpretiveDecision> All { get; } =
    [
        new(
            "D1",
            "Roles are data, not names in rules",
            ["C08"],
            AddsContent: false,
            """
            The rules reason over two roles, the hedging state and the neighbour, carried by a `ScenarioRoles` fact (JSON `roles`, defaulting to Vietnam and China from the built-in profiles). No rule mentions a country; a land border "with the neighbour" is matched by the role's name.
            """),
        new(
            "D2",
            "Balance without a patron",
            ["C05", "C20", "C26"],
            AddsContent: false,
            """
            The posture table says Balance when relations are bad and settlement failed, "and not the case below" (no patron and a power in rapprochement: Accommodate). So Balance is drawn in two mutually exclusive rules: with at least one candidate patron (`Posture.BalanceWithPatronWhenSettlementFailed`, which matches the patrons so the justification names them), and with no patron and no power in rapprochement (`Posture.BalanceAloneWhenSettlementFailed`), e.g. when no great power is in play at all.
            """),
        new(
            "D3",
            "Every power attribute is required in JSON",
            [],
            AddsContent: false,
            """
            `extraRegional`, `stance`, `resolve`, `avoidsLandWar` and `respectsPoliticalSystem` each change conclusions (C08, C26, C33, C44, C47); a default would decide silently for the user, so a power missing one is refused with the path of what is missing.
            """),
        new(
            "D4",
            "Shares of GDP are fractions",
            [],
            AddsContent: false,
            """
            `shareOfGdp` is 0.1 for 10% (C25's "over 10% of GDP"); a value over 1 is refused with a hint, which catches the common slip of writing 10.
            """),
        new(
            "D5",
            "Exact duplicates are refused, not merged",
            [],
            AddsContent: false,
            """
            Two identical offers, geography entries or coercion events are an error (`repeats $.offers[0]`) rather than being merged silently: the engine treats equal facts as one, and nothing the user gave may be dropped without a word. Two incidents of one kind in one year are one event to the rules (C39 asks only whether the hedging state was coerced at sea).
            """),
        new(
            "D6",
            "Built-in episodes: the 1978 treaty stays on the table until 1991",
            ["C21", "C26", "C48"],
            AddsContent: false,
            """
            The scenarios for 1979 to 1991 carry the 1978 treaty (Land and Sea) among the Soviet offers: it was in force throughout, and it is what made Vietnam rely on the Soviet Union, which the Abandonment risk of 1986 requires (C48).
            """),
        new(
            "D7",
            "The 1978 aid figure",
            ["C25", "C28"],
            AddsContent: false,
            """
            The article gives one figure for Soviet aid, about US$2.5bn a year and over 10% of GDP, for the 1980s. The 1978 scenario takes CMEA membership and the treaty as what opened that package and records the figure on its EconomicAid offer; the 1980s scenario records the combined figure on the EconomicAid offer and leaves the MilitaryAid offer without an amount. The notes of both scenarios say so.
            """),
        new(
            "D8",
            "The April 2023 episode is backtested as Defer",
            ["C15", "C16"],
            AddsContent: false,
            """
            The article (¶1) records that the upgrade was raised again in spring 2023 and that both sides said they would work on it in the coming months: nothing was refused, and nothing was taken. The record is Defer (history.md, v2); the rulebook predicts Reject (C04, C15), and the backtest reports the miss. The upgrade to a Comprehensive Strategic Partnership in September 2023 came after the article and is its own episode, `2023-09-us-comprehensive-partnership`, in the backtest's "after the article" set.
            """),
        new(
            "D9",
            "The treaty date",
            ["C21"],
            AddsContent: false,
            """
            The article dates the Soviet treaty to October 1978; it was signed on 3 November 1978. The scenario uses the signing date and notes the discrepancy.
            """),
        new(
            "D10",
            "Silence is NoClaim, with no claims and no justification",
            ["C04", "C20"],
            AddsContent: false,
            """
            Where the Responses table says NoClaim (material offers while bandwagoning or seeking a settlement, offers from a non-patron while balancing, any offer while accommodating), no rule fires: the response is reported as `NoClaim` with empty `claims` and `because`, so nothing the article does not say is dressed up as a conclusion.
            """),
        new(
            "D11",
            "The aid benchmark: US$2.5bn a year or 10% of GDP, summed over a power's aid",
            ["C25", "C28"],
            AddsContent: true,
            """
            C28 makes the Soviet package of the 1980s the benchmark of what a sharp deterioration would demand; C25 gives its size, about US$2.5bn a year and over 10% of GDP. Turning that into a test is our reading: the `AidBelowBenchmark` gap sums `annualUsd` and `shareOfGdp` over a power's MilitaryAid and EconomicAid offers, and the benchmark is met if either sum reaches the figure. The figures are `AllianceRulesOptions.AidBenchmark` (default US$2.5bn and 0.10), inserted into every session as a fact the rule matches, so an amendment can change them and the justification shows the figures used.
            """),
        new(
            "D12",
            "\"Relies on\" is derived from guarantees on the table and accepted offers",
            ["C26", "C48"],
            AddsContent: true,
            """
            "Vietnam relies on P" (rulebook, derived geography) is our operationalisation of the dependence C26 and C48 speak of: a guarantee from P on the table (`Risks.RelianceOnGuaranteeOnTheTable`), or an offer from P that Vietnam accepts (`Risks.RelianceOnAcceptedOffer`). The Abandonment risk rests on it, so it carries this decision.
            """),
        new(
            "D13",
            "Alone at sea: only a patron's guarantee counts",
            ["C39", "C41"],
            AddsContent: true,
            """
            `AloneAtSea` is raised by a Sea coercion event when no guarantee *from a patron* protects the sea. That a treaty with a power in rapprochement does not count is our reading of C41: the 1988 reef attack found the Soviet treaty in force and no Soviet help.
            """),
        new(
            "D14",
            "Unlikely with any power that is not a patron",
            ["C08", "C26"],
            AddsContent: true,
            """
            The outlook table of v1 gave claims for Unlikely with a patron in Bandwagon (C04) and SeekSettlement (C20), and for a power in rapprochement (C26), but nothing states an outlook for a power that is neither a patron nor in rapprochement (a neutral power, or a regional one). We conclude Unlikely and cite C08: the article's candidates for alliance are extra-regional powers that contain China, and only they. Since v2 this applies in every posture, and an Unlikely outlook for a non-patron no longer cites C04 or C20.
            """),
        new(
            "D15",
            "One risk per kind and power, with every trigger in its justification",
            [],
            AddsContent: false,
            """
            A risk raised by several offers (two alignment proposals from one power, say) is one entry in `risks[]`, per kind and power, whose `because` lists each rule firing that raised it.
            """),
        new(
            "D16",
            "A commitment verdict carries C43 and its gaps' claims",
            [],
            AddsContent: false,
            """
            A commitment is credible iff no gap remains (C43). The verdict is drawn by `Commitment.CredibleWhenNoGapRemains` or `Commitment.NotCredibleWhileGapsRemain` (both C43); its `claims` are C43 plus the claims of each gap, and each gap carries its own claims and justification.
            """),
        new(
            "D17",
            "Backtest semantics",
            [],
            AddsContent: false,
            """
            Every field the record holds is compared: the posture, each observed response's decision (for the offers of that power and kind), and each observed risk, which must be among the predicted risks. Predictions the record is silent on are not compared. The record is kept as it was: a miss is a finding, reported with the rules and claims that drew the predicted value, never fitted away by changing a rule or an input. The episodes the article argues from are the fit; the episodes after the article (`HistoricalScenarios.IsAfterTheArticle`) are the test, scored apart. `alliance-rules backtest` exits 0 when it ran, and 1 on a miss only with `--fail-on-miss`.
            """),
        new(
            "D18",
            "Scenarios name the claims they are evidence for",
            [],
            AddsContent: false,
            """
            `claims` (optional) lists the IDs a scenario illustrates, checked against the catalogue. The built-in episodes carry the claims of `history.md`; the two American-profile episodes also cite the background claims C32 and C34 that their geography encodes.
            """),
        new(
            "D19",
            "Why-not searches one change, then two",
            [],
            AddsContent: false,
            """
            A why-not answer lists the smallest sets of input changes under which the asked value is drawn: every single change that does it, or, if none does, every pair. Deeper searches grow fast and would bury the answer; when two changes are not enough, the answer says so, and for a commitment the gaps are listed one by one with what closes each (C43's conditions are separable, C44–C47).
            """),
        new(
            "D20",
            "Closing a gap keeps the patron a patron",
            ["C43"],
            AddsContent: false,
            """
            A change that ends the balancing posture, or makes the power no longer a candidate patron, also makes its gaps disappear, but answers a different question. A gap counts as closed only when the commitment is still judged and the gap is gone.
            """),
        new(
            "D21",
            "The decision table's input space",
            [],
            AddsContent: false,
            """
            One extra-regional great power that respects the hedging state's political system (the two attributes the issue leaves out of the product), one offer. Domains vary only for guarantees, the only offers whose domains any rule reads (C45); aid varies at or below the benchmark for MilitaryAid and EconomicAid only (C28). The hedging state always borders the neighbour (C36).
            """),
        new(
            "D22",
            "What-if lists minimal change sets per value",
            [],
            AddsContent: false,
            """
            For each conclusion the exploration lists, per value the conclusion can take, the single changes that give it, or the pairs where no single change does. So a stable-times upgrade shows both Reject → Defer (relations turn bad) and Reject → Accept (relations turn bad and settlement fails), each with its own minimal changes.
            """),
        new(
            "D23",
            "Amendment claims, decisions and switched-off rules",
            [],
            AddsContent: false,
            """
            Rules tag claims as one capital letter and two or more digits: the article's are C01–C56, and an amendment uses another letter (X01), whose IDs its conclusions report. The letter D is reserved for the project's decisions (this catalogue): a tag D24 is a decision, never a claim. `DisabledRules` exists because an amendment often replaces one rule, not every rule of a claim: C15 alone backs several rules.
            """),
        new(
            "D24",
            "Capacity building keeps the status quo",
            ["C15", "C35"],
            AddsContent: true,
            """
            The article does not say that Vietnam accepts capacity building while it bandwagons. It says Vietnam prefers the status quo in good or stable times (C15), and that current security cooperation mostly builds Vietnam's naval capacity (C35) while Vietnam bandwagons. We read capacity building from a patron as part of that status quo, and conclude Accept; the conclusion says it rests on this reading.
            """),
        new(
            "D25",
            "Defer while a settlement is sought",
            ["C20", "C10"],
            AddsContent: true,
            """
            The article gives no decision on a patron's alignment offer before the attempt to settle with China fails; C20 says only that balancing starts once it has failed. The record of 1975–1978 (a Soviet treaty proposal left unanswered until after the failed settlement of October 1977, C10, C21) is what Defer rests on.
            """),
        new(
            "D26",
            "Lesser cooperation is accepted while balancing, a fortiori",
            ["C06"],
            AddsContent: true,
            """
            While balancing, Vietnam is open to an alliance (C06). The article does not say it accepts arms sales, capacity building or a partnership upgrade from a patron; we conclude Accept a fortiori, since it would accept more. C29 (arms sales alone are not enough) and C17 (substance matters more than the label) do not state these acceptances, so the rules no longer cite them and cite this decision instead.
            """),
        new(
            "D27",
            "A conclusion rests on every decision in its justification",
            [],
            AddsContent: false,
            """
            A conclusion's `decisions` lists the decisions of the rules that drew it and of every derived fact beneath it, down to the input: if a reading of ours changes a fact that a conclusion is drawn from, the conclusion rests on that reading too. Its `claims` stay those of the rules that drew it (and, for a commitment, its gaps'), as in v1. A conclusion with no decision is one the article states.
            """),
    ];

    private static readonly Dictionary<string, InterpretiveDecision> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Finds a decision by its ID.</summary>
    /// <param name="id">The decision ID, such as <c>D11</c>.</param>
    /// <returns>The decision, or <see langword="null"/> if the catalogue has no such ID.</returns>
    public static InterpretiveDecision? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }
}
