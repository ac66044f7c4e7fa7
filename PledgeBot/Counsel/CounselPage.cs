namespace PledgeBot.Counsel;

/// <summary>The console's shell, <c>wwwroot/counsel/index.html</c>, read once: markup only, no data and no key.</summary>
public sealed class CounselPage(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _html = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("counsel/index.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Html => _html.Value;
}
