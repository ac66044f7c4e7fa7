namespace PledgeBot.Staff;

/// <summary>Names of the staff authentication scheme, its policy and the claim that says which key was used.</summary>
public static class StaffAuth
{
    public const string Scheme = "StaffKey";
    public const string Policy = Auth.AuthPolicies.Staff;

    /// <summary>The first 12 hex characters of the key's hash: enough to tell keys apart in the audit log, useless to
    /// an attacker.</summary>
    public const string KeyIdClaim = "staff_key_id";
}
