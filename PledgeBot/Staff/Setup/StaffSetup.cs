namespace PledgeBot.Staff.Setup;

/// <summary>What the staff console should tell staff about this host's set-up: the public address links and QR codes
/// use, and warnings to act on (in both languages).</summary>
public sealed record StaffSetup(string PublicBaseUrl, IReadOnlyList<string> Warnings);
