using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Conversations.DirectLine;
using PledgeBot.Tests.Fuzz;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class DirectLineTokenSignerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Malformed() => [.. BearerTokens.Corpus];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Calls_a_token_that_is_not_base64url_malformed_instead_of_throwing(string presented)
    {
        var signer = new DirectLineTokenSigner(RandomNumberGenerator.GetBytes(32), _clock);

        Assert.Equal(DirectLineTokenCheck.Malformed, signer.Check(presented, out var token));
        Assert.Null(token);
    }

    [Fact]
    public void Accepts_the_tokens_it_issues()
    {
        var signer = new DirectLineTokenSigner(RandomNumberGenerator.GetBytes(32), _clock);
        var issued = signer.Issue(new DirectLineToken("c1", "u1", "webchat", _clock.GetUtcNow().AddMinutes(30)));

        Assert.Equal(DirectLineTokenCheck.Valid, signer.Check(issued, out var token));
        Assert.Equal("c1", token!.ConversationId);
    }
}
