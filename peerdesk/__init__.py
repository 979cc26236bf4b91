"""PeerDesk: design and measure facilitated peer learning in public-sector reform."""

__version__ = "0.1.0"
APP_NAME = "PeerDesk"
FILE_SUFFIX = ".peerdesk"
