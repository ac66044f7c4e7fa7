namespace PledgeBot.Secrets;

/// <summary>A key the app makes itself when its setting is empty: its name in the store, the setting that replaces it,
/// the file an earlier version kept it in under <c>Store:DataDir</c>, and what replacing it would break.</summary>
public sealed record GeneratedKey(string Name, string Setting, string LegacyFile, string WhyNotReplaced)
{
    public static GeneratedKey UserId { get; } =
        new("user-id", "Privacy:UserIdKey", "privacy/user-id.key", "every stored user hash would change");

    public static GeneratedKey CardSigning { get; } =
        new("card-signing", "Cards:SigningKey", "cards/signing.key", "every card already shared would break");

    public static GeneratedKey DirectLineToken { get; } =
        new("directline-token", "DirectLine:TokenKey", "directline/token.key", "every open chat would lose its token");

    public static GeneratedKey ReferralStats { get; } =
        new("referral-stats", "Referrals:StatsSigningKey", "referrals/stats-signing.key", "every stats link already handed out would break");

    /// <summary>Not a key but the SHA-256 of the staff API key printed once when <c>Staff:ApiKeys</c> is empty.</summary>
    public static GeneratedKey StaffApiKeyHash { get; } =
        new("staff-api-key-sha256", "Staff:ApiKeys", "staff/api-key.sha256", "the staff key it belongs to would stop working");

    public static GeneratedKey ClassTeacherToken { get; } =
        new("class-teacher-token", "Classes:TokenKey", "classes/teacher-token.key", "every teacher screen already open would lose its controls");

    public static GeneratedKey CounselTranscript { get; } =
        new("counsel-transcript", "Counsel:TranscriptKey", "counsel/transcript.key", "open chats could no longer be read");

    /// <summary>The keys a production deployment sets from Key Vault. <see cref="ClassTeacherToken"/> and
    /// <see cref="CounselTranscript"/> are left to the store on purpose: losing one only closes what is open that day.</summary>
    public static IReadOnlyList<GeneratedKey> All { get; } = [UserId, CardSigning, DirectLineToken, ReferralStats, StaffApiKeyHash];

    public string LegacyPathIn(string dataDir) => Path.GetFullPath(Path.Combine(dataDir, LegacyFile));
}
