using System.Security.Claims;

namespace PledgeBot.Auth;

/// <summary>Whether a request may run a turn and, once JWTs are validated, who sent it.</summary>
public sealed record RequestAuthentication(bool Allowed, ClaimsIdentity? Identity)
{
    /// <summary>Allowed without credentials: anonymous mode, the local Emulator.</summary>
    public static RequestAuthentication Anonymous { get; } = new(true, null);

    public static RequestAuthentication Refused { get; } = new(false, null);
}
