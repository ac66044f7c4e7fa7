namespace PledgeBot.Auth;

/// <summary>Names of the host's authorization policies, for features that protect a route without depending on the
/// feature that defines the policy (the staff key: Staff/StaffAuth).</summary>
public static class AuthPolicies
{
    public const string Staff = "Staff";
}
