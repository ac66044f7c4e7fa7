using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyLoggingTests
{
    [Theory]
    [InlineData("số nó là 0912 345 678, nó dọa giết em", "345")]
    [InlineData("he is outside my house right now, call +84 987 654 321", "654")]
    [InlineData("tao muốn chết, email tao là lan.tran@gmail.com", "lan.tran")]
    public async Task Never_lets_what_a_user_wrote_or_their_number_reach_the_log_at_any_level(string text, string secret)
    {
        var logs = new CapturedLogs();
        var bot = TestBot.Create(Language.Vietnamese, services =>
        {
            services.AddSingleton<ILoggerFactory>(new LoggerFactory([logs], new LoggerFilterOptions { MinLevel = LogLevel.Trace }));
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        });

        var result = await bot.SendAsync(bot.Message(text));

        var reply = Assert.Single(result.Replies);
        Assert.Contains("113", reply.Text, StringComparison.Ordinal);
        Assert.Contains("111", reply.Text, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, line => line.Contains("2101", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(TextFolding.Normalize(text).Split(' ')[2], logs.All, StringComparison.OrdinalIgnoreCase);
    }
}
