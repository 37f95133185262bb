namespace AllianceRules.Claims;

/// <summary>
/// The article's argument as numbered claims (C01–C56), each paraphrased with its paragraphs
/// and kind. Rules cite these IDs as tags; evidence claims are reproduced by built-in
/// scenarios; background claims are carried by the built-in actor profiles.
/// </summary>
public static class ClaimCatalogue
{
    /// <summary>Every claim, in ID order.</summary>
    public static IReadOnlyList<Claim> All { get; } =
    [
        new("C01", [0, 3], ClaimKind.Rule, "What Vietnam needs from any great power depends overwhelmingly on how China–Vietnam relations stand: its strategic thinking rests on that one relationship.") { Hedge = "depends overwhelmingly" },
        new("C02", [3], ClaimKind.Rule, "Vietnam's choice is reactive: the state of relations is set by China's behaviour, and Vietnam's strategy follows it."),
        new("C03", [3], ClaimKind.Rule, "When relations are good or stable, Vietnam bandwagons with China, to avoid an unneeded and costly war with a far larger neighbour."),
        new("C04", [3], ClaimKind.Rule, "While bandwagoning, Vietnam turns down extra-regional powers' nudges to upgrade security cooperation, to keep Beijing's goodwill."),
        new("C05", [3], ClaimKind.Rule, "When relations are bad, and deference has failed to change China's behaviour, Vietnam balances against China, because balancing defends and deters better."),
        new("C06", [3], ClaimKind.Rule, "While balancing, Vietnam is open to an alliance with another great power, even though that breaks its preference for strategic autonomy."),
        new("C07", [5], ClaimKind.Rule, "Vietnam's needs and expectations change with the state of relations: the same great-power policy can hurt Vietnam in one period and help it in another."),
        new("C08", [4], ClaimKind.Rule, "The Soviet Union then and the United States now are alike: each seeks to contain China by courting its periphery, each is an extra-regional power able to provide security, and each faces a Vietnam with an independent foreign policy that it wants to pull into its camp. Rules therefore judge any great power with these attributes the same way."),
        new("C09", [4], ClaimKind.Background, "Vietnam cannot defend itself against China alone."),
        new("C10", [4], ClaimKind.Evidence, "1975–1978: Vietnam kept equidistance between Beijing and Moscow, then allied with Moscow in breach of that policy."),
        new("C11", [6], ClaimKind.Rule, "In good or stable times, Vietnam needs the great power to respect its strategic autonomy."),
        new("C12", [6], ClaimKind.Rule, "An upgrade proposal made without regard to the state of China–Vietnam relations hurts Vietnam's security, because it is likely to arouse Chinese suspicion. The harm comes from the proposal itself, even when Vietnam declines it.") { Hedge = "likely to arouse" },
        new("C13", [6], ClaimKind.Evidence, "1975: Vietnam rejected the Soviet proposal to open the newly liberated southern ports to Soviet forces, to stay neutral in the Sino-Soviet rivalry."),
        new("C14", [6], ClaimKind.Rule, "Reassuring China does not remove the risk: China alone decides how to respond to a move toward a great power."),
        new("C15", [6, 1], ClaimKind.Rule, "So in good or stable times Vietnam prefers the status quo and rejects even a label-only upgrade (a \"strategic partnership\"), to make as few mistakes as possible."),
        new("C16", [1, 2], ClaimKind.Evidence, "August 2021: Vietnam rejected the US proposal to upgrade to a strategic partnership during Vice President Harris's visit; the US raised it again in 2023 (Blinken's visit; the Biden–Trong call)."),
        new("C17", [2, 12], ClaimKind.Rule, "Labels matter as signals to China even when substance is unchanged; between the great power and Vietnam, substance matters more than the label."),
        new("C18", [7], ClaimKind.Rule, "When relations are bad, the great power should approach Vietnam seriously and be ready to offer generous military and economic aid, so that Vietnam can withstand Chinese coercion."),
        new("C19", [7], ClaimKind.Rule, "A shared ideology with China does not stop Vietnam from standing up to China when its security is threatened."),
        new("C20", [7], ClaimKind.Rule, "Balancing starts once Vietnam accepts that no other course is open: its attempt to settle differences with China has failed. Until then it seeks a settlement."),
        new("C21", [7], ClaimKind.Evidence, "After the failed attempt to settle in October 1977, Vietnam joined the Soviet-led Council for Mutual Economic Assistance (June 1978) and signed an alliance treaty with the Soviet Union (dated October 1978 in the article; it was signed on 3 November 1978)."),
        new("C22", [7, 11], ClaimKind.Rule, "Once balancing, Vietnam opens its bases to the allied power's navy and air force in exchange for a security guarantee; base access is then no obstacle."),
        new("C23", [7], ClaimKind.Evidence, "During China's 1979 invasion, Soviet military pressure was vital in limiting Chinese military action along the border."),
        new("C24", [7, 9], ClaimKind.Rule, "A great power that borders China on land can deter a land invasion of Vietnam by direct military pressure on China."),
        new("C25", [8], ClaimKind.Evidence, "In the 1980s the Soviet Union gave Vietnam about US$2.5 billion a year in military and economic aid, over 10% of Vietnam's GDP; Vietnam's leaders called Soviet military aid the most important factor in its ability to fight modern wars."),
        new("C26", [8], ClaimKind.Rule, "When the patron improves relations with China and retrenches, Vietnam must give in to China on China's terms (Soviet shift 1986 → Vietnam's accommodation 1991)."),
        new("C27", [8], ClaimKind.Rule, "Had its patron stayed a capable great power committed against China, Vietnam would likely have continued to resist.") { Hedge = "would likely have continued" },
        new("C28", [8], ClaimKind.Rule, "If relations deteriorate sharply, Vietnam would likely demand at least as much commitment as the Soviet Union gave (the Soviet 1980s package is the benchmark).") { Hedge = "would likely demand" },
        new("C29", [8], ClaimKind.Rule, "Arms sales alone are not enough, because the military balance is heavily tilted toward China, and more so at sea."),
        new("C30", [8], ClaimKind.Rule, "Before it commits to balancing with a great power, Vietnam will want a security guarantee like the Soviet one."),
        new("C31", [9], ClaimKind.Rule, "The possibility of a US–Vietnam alliance is not nil, but today the US lacks both the capability and the will to protect Vietnam.") { Hedge = "not nil" },
        new("C32", [9], ClaimKind.Background, "The United States is a maritime power: it cannot put direct military pressure on China on land."),
        new("C33", [9], ClaimKind.Rule, "The guarantee of a great power that avoids a land war in Asia is likely to be limited to the maritime domain.") { Hedge = "is likely to limit" },
        new("C34", [9], ClaimKind.Background, "None of Washington's Asian allies shares a land border with China. (Checked: Japan, South Korea, the Philippines, Thailand and Australia do not.)"),
        new("C35", [9], ClaimKind.Background, "Current US–Vietnam security cooperation mostly builds Vietnam's naval capacity."),
        new("C36", [10], ClaimKind.Rule, "China threatens Vietnam comprehensively, on land and at sea."),
        new("C37", [10], ClaimKind.Rule, "A neighbour that shares a land border can cheaply test an alliance with a maritime great power through border incursions."),
        new("C38", [10], ClaimKind.Evidence, "Chinese border incursions in 1979, 1980, 1981 and 1984."),
        new("C39", [10], ClaimKind.Rule, "At sea, cooperation without a guarantee leaves Vietnam alone whenever China coerces it."),
        new("C40", [10], ClaimKind.Evidence, "Maritime coercion in 2014, 2017, 2018 and 2019, when Vietnam stood alone despite growing US security cooperation."),
        new("C41", [10], ClaimKind.Evidence, "China's 1988 attack at Johnson South Reef shows that any great power's security commitment to Hanoi can fail."),
        new("C42", [10], ClaimKind.Rule, "Chinese coercion is not confined to one domain: pressure in one domain can be answered in another (the 1980s)."),
        new("C43", [11], ClaimKind.Rule, "To enlist Vietnam against China, a great power must make a credible, long-term commitment to Vietnam's security, strong enough to withstand Chinese coercion."),
        new("C44", [11], ClaimKind.Rule, "Condition 1: respect for Vietnam's political system (the US has partly met it)."),
        new("C45", [11], ClaimKind.Rule, "Condition 2: demonstrated protection on land and at sea."),
        new("C46", [11], ClaimKind.Rule, "Condition 2 needs troops stationed on Vietnamese soil in numbers large enough to shore up its defence and serve as a tripwire."),
        new("C47", [11], ClaimKind.Rule, "Condition 3: the resolve to contain China over the long term."),
        new("C48", [11], ClaimKind.Rule, "Since the Soviet shift of 1986, Vietnam fears abandonment by a great power."),
        new("C49", [11], ClaimKind.Rule, "The commitment must not wax and wane with the great power's domestic politics."),
        new("C50", [11], ClaimKind.Rule, "The great power can walk away from a conflict once exhausted; Vietnam has to live next to China for ever."),
        new("C51", [12], ClaimKind.Rule, "Managing expectations is the most effective way to add substance to the relationship beyond labels."),
        new("C52", [12], ClaimKind.Rule, "If the great power shows it has Vietnam's back when relations with China deteriorate, whether it is called a \"comprehensive\" or a \"strategic\" partner does not matter."),
        new("C53", [12], ClaimKind.Rule, "A great power that cannot commit to Vietnam's land security should not raise expectations of its commitment, to avoid arousing Chinese suspicion."),
        new("C54", [12], ClaimKind.Rule, "Allying with a great power to protect only its maritime interests would justify Chinese punishment on land and widen the maritime disputes (the security dilemma)."),
        new("C55", [12], ClaimKind.Rule, "The tyranny of geography: Vietnam attends to the nearby fire (China) before the distant water (America)."),
        new("C56", [12], ClaimKind.Rule, "The great power must show that it can cross the distant water to help Vietnam when needed."),
    ];

    private static readonly Dictionary<string, Claim> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>Finds a claim by its ID.</summary>
    /// <param name="id">The claim ID, such as <c>C03</c>.</param>
    /// <returns>The claim, or <see langword="null"/> if the catalogue has no such ID.</returns>
    public static Claim? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }
}
