using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Safety;

/// <summary>Both remote safety services on loopback, started once for a test class; each test resets them.</summary>
public sealed class RemoteSafetyFakes : IAsyncLifetime
{
    public FakeLanguageService Language { get; private set; } = null!;

    public FakeContentSafetyService ContentSafety { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Language = await FakeLanguageService.StartAsync();
        ContentSafety = await FakeContentSafetyService.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Language.DisposeAsync();
        await ContentSafety.DisposeAsync();
    }

    public void Reset()
    {
        Language.Requests.Clear();
        Language.Respond = null;
        ContentSafety.Reset();
    }
}
