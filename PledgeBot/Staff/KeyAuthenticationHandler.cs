using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PledgeBot.Staff;

/// <summary>Authenticates <c>Authorization: Bearer &lt;key&gt;</c> for one key role, only on endpoints that ask for
/// its policy. No key: 401; a wrong key: 401 and one strike for the client's address (strikes shared by every role);
/// an address out of strikes: 429. Each role supplies its names, its key match and its logs.</summary>
public abstract class KeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffAttemptLimiter limiter) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const int MaxKeyLength = 256;

    private bool _held;

    protected abstract KeyRole Role { get; }

    /// <summary>The key's id when <paramref name="presented"/> is one of this role's keys; null otherwise.</summary>
    protected abstract string? Match(string presented);

    protected abstract void LogRefused();

    protected virtual void LogHeld()
    {
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Only where this role's key is asked for: the authentication middleware runs the default scheme on every
        // request, and a Bearer header elsewhere (a Web Chat poll's Direct Line token) is not a guess at a key.
        if (!AsksForRole(Context))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.IsHeld(address))
        {
            _held = true;
            LogHeld();
            return Task.FromResult(AuthenticateResult.Fail(Role.HeldDetail));
        }

        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = header[BearerPrefix.Length..].Trim();
        var keyId = presented.Length is > 0 and <= MaxKeyLength ? Match(presented) : null;
        if (keyId is null)
        {
            _held = !limiter.Fail(address);
            LogRefused();
            return Task.FromResult(AuthenticateResult.Fail(Role.WrongKeyReason));
        }

        var identity = new ClaimsIdentity([new Claim(Role.KeyIdClaim, keyId)], Role.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Role.Scheme)));
    }

    // A problem+json body with a reason, so a page can tell a wrong key from a held address.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_held)
        {
            Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests, title: Role.HeldTitle, detail: Role.HeldDetail).ExecuteAsync(Context);
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: Role.MissingTitle, detail: Role.MissingDetail).ExecuteAsync(Context);
    }

    private bool AsksForRole(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(data => string.Equals(data.Policy, Role.Policy, StringComparison.Ordinal)) == true;
}
