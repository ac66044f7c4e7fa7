using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations;
using PledgeBot.Secrets;

namespace PledgeBot.Conversations.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The rate-limit policy on everything that creates a conversation: per client address, per minute.</summary>
    public const string TokenPolicy = "directline-tokens";

    /// <summary>The local Direct Line, its tokens and the campaign page: options, signer, activity log, streams, the
    /// token rate limit.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenSigner>().LoadAtStart<DirectLineTokenSigner>();
        services.AddSingleton<WebUserTokenSigner>().LoadAtStart<WebUserTokenSigner>();
        services.AddSingleton<PageSessions>();
        services.AddTurnRunner();
        services.AddSingleton<DirectLineActivityLog>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineStreams>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(TokenPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = directLine.Value.TokensPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
