namespace PledgeBot.Staff;

/// <summary>What tells one key role (staff, counsellor) from another to <see cref="KeyAuthenticationHandler"/>: its
/// scheme, policy and key-id claim, and the words of its refusals.</summary>
public sealed record KeyRole(
    string Scheme,
    string Policy,
    string KeyIdClaim,
    string WrongKeyReason,
    string HeldTitle,
    string HeldDetail,
    string MissingTitle,
    string MissingDetail);
