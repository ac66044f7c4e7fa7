namespace PledgeBot.Counsel;

/// <summary>Names of the counsellor authentication scheme, its policy and the claim that says which key was used. A
/// role apart from staff: the staff scheme never accepts a counsellor key, and this one never a staff key.</summary>
public static class CounselAuth
{
    public const string Scheme = "CounsellorKey";
    public const string Policy = "Counsellor";

    /// <summary>The first 12 hex characters of the key's hash, as for staff keys.</summary>
    public const string KeyIdClaim = "counsellor_key_id";
}
