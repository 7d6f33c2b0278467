namespace CnappAi.Modules.Identity.FirstAdmin;

/// <summary>
/// <c>&lt;data folder&gt;/initial-admin-password</c>: the generated first-admin password, readable by the owner only
/// (mode 600), deleted once that admin has chosen a new password.
/// </summary>
internal sealed class InitialPasswordFile(string path, string firstAdminUserName)
{
    public const string FileName = "initial-admin-password";

    public string Path => path;

    public void Write(string password)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, file))
        {
            writer.WriteLine(password);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public void DeleteFor(string? userName)
    {
        if (string.Equals(userName, firstAdminUserName, StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
