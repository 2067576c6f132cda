; Inno Setup 6 script: the Windows installer from the frozen app (built by `pyinstaller build.spec`
; on Windows: dist\sellerdesk\ with sellerdesk.exe and sellerdesk-cli.exe).
;
;   python packaging\icons.py ico build\sellerdesk.ico
;   iscc /DAppVersion=0.1.0 /DIconFile=..\..\build\sellerdesk.ico packaging\windows\sellerdesk.iss
;
; writes dist\sellerdesk-VERSION-windows-x64-setup.exe. Installs for the current user by default
; (no administrator rights needed; the installer offers all users too). Uninstalling leaves the
; shop file in %LOCALAPPDATA%\SellerDesk. Built and smoke-tested by .github/workflows/release.yml.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z sellerdesk.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\sellerdesk"
#endif

[Setup]
; The AppId identifies the app across upgrades: never change it.
AppId={{6FF183BA-15A1-499C-A4D8-B72A4AC7A4A2}
AppName=SellerDesk
AppVersion={#AppVersion}
AppVerName=SellerDesk {#AppVersion}
AppPublisher=The SellerDesk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\SellerDesk
DefaultGroupName=SellerDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sellerdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\sellerdesk.exe
UninstallDisplayName=SellerDesk
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir bundle; an upgrade replaces it (old files of the previous version go first).
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\SellerDesk"; Filename: "{app}\sellerdesk.exe"; Comment: "Keep your Etsy shop's customer service in order, offline"
Name: "{autodesktop}\SellerDesk"; Filename: "{app}\sellerdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\sellerdesk.exe"; Description: "{cm:LaunchProgram,SellerDesk}"; Flags: nowait postinstall skipifsilent
