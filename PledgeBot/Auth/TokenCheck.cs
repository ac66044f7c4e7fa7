using System.Security.Claims;

namespace PledgeBot.Auth;

/// <summary>The outcome of checking one bearer token: the caller's identity, or why it was refused (for the log only).</summary>
internal sealed record TokenCheck(ClaimsIdentity? Identity, string? Failure)
{
    public bool Succeeded => Identity is not null;

    public static TokenCheck Valid(ClaimsIdentity identity) => new(identity, null);

    public static TokenCheck Refused(string reason) => new(null, reason);
}
