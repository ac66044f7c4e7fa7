using Microsoft.Net.Http.Headers;
using PledgeBot.Staff;

namespace PledgeBot.Classes;

/// <summary>Who may drive a class: its teacher (the class's token, as Bearer or <c>?t=</c> for EventSource, which
/// cannot send headers) or staff (a staff key as Bearer). Wrong staff keys count against the address as on /admin.</summary>
public sealed class ClassAccess(TeacherTokens tokens, StaffKeys staffKeys, StaffAttemptLimiter limiter)
{
    private const string BearerPrefix = "Bearer ";

    public ClassAccessResult Check(HttpContext context, string code, string? queryToken = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (tokens.Verify(code, queryToken))
        {
            return ClassAccessResult.Teacher;
        }

        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ClassAccessResult.Denied;
        }

        var presented = header[BearerPrefix.Length..].Trim();
        if (tokens.Verify(code, presented))
        {
            return ClassAccessResult.Teacher;
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.IsHeld(address))
        {
            return ClassAccessResult.Held;
        }

        if (presented.Length is > 0 and <= 256 && staffKeys.Match(presented) is not null)
        {
            return ClassAccessResult.Staff;
        }

        limiter.Fail(address);
        return ClassAccessResult.Denied;
    }
}
