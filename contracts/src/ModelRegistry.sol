// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// On-chain registry of AI models. Providers list a model with stake; curators bond tokens behind
/// good entries; anyone may challenge a bad one with a bond; only governance (the Timelock, holding
/// SLASHER_ROLE) decides a challenge and slashes. A guardian may pause user entry points, never the
/// paths governance and timeouts depend on. Stake that is leaving stays slashable while a challenge
/// is open, so exiting cannot dodge a pending slash.
///
/// Staked tokens keep their voting weight here: the registry delegates to itself and never votes,
/// and the Governor leaves this contract's votes out of quorum.
contract ModelRegistry is AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant PARAMS_ROLE = keccak256("PARAMS_ROLE");
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    bytes32 public constant CURATOR_ROLE = keccak256("CURATOR_ROLE");
    bytes32 public constant VALIDATOR_ROLE = keccak256("VALIDATOR_ROLE");
    bytes32 public constant REWARDER_ROLE = keccak256("REWARDER_ROLE");

    bytes32 public constant MIN_STAKE = keccak256("minStake");
    bytes32 public constant REGISTRATION_FEE = keccak256("registrationFee");
    bytes32 public constant CHALLENGE_BOND = keccak256("challengeBond");
    bytes32 public constant MAX_SLASH_BPS = keccak256("maxSlashBps");
    bytes32 public constant CHALLENGER_REWARD_BPS = keccak256("challengerRewardBps");
    bytes32 public constant UNBONDING_PERIOD = keccak256("unbondingPeriod");
    bytes32 public constant APPLICATION_PERIOD = keccak256("applicationPeriod");
    bytes32 public constant CHALLENGE_TIMEOUT = keccak256("challengeTimeout");
    bytes32 public constant TREASURY = keccak256("treasury");
    bytes32 public constant SLASH_RECIPIENT = keccak256("slashRecipient");

    uint256 private constant BPS = 10_000;

    /// Stored status; "Active" is Pending past its application period (see statusOf).
    enum Status { None, Pending, Active, Challenged, Exiting, Removed }
    enum ChallengeState { None, Open, Upheld, Rejected, Cancelled }

    struct Model {
        address provider;
        Status status;
        uint64 listedAt;
        uint64 unbondingReleaseAt;
        uint256 stake;
        uint256 unbonding;
        uint256 endorsed;
        uint256 openChallenge;
        bytes32 weightsHash;
        string name;
        string version;
        string metadataURI;
    }

    struct Challenge {
        uint256 modelId;
        address challenger;
        ChallengeState state;
        Status priorStatus;
        uint64 openedAt;
        uint64 deadline;
        uint256 bond;
        uint256 slashed;
    }

    struct Endorsement {
        uint256 amount;
        uint256 exiting;
        uint64 releaseAt;
    }

    IERC20 public immutable token;

    mapping(bytes32 => uint256) public params;
    mapping(uint256 => Model) public models;
    mapping(uint256 => Challenge) public challenges;
    mapping(uint256 => mapping(address => Endorsement)) public endorsements;
    mapping(bytes32 => uint256) public modelByWeightsHash;
    uint256 public modelCount;
    uint256 public challengeCount;
    uint256 public rewardPool;
    mapping(uint256 => address[]) private _curators;

    event ModelRegistered(uint256 indexed modelId, address indexed provider, bytes32 indexed weightsHash, uint256 stake, uint256 fee);
    event ModelUpdated(uint256 indexed modelId, bytes32 indexed weightsHash);
    event StatusChanged(uint256 indexed modelId, Status from, Status to);
    event StakeAdded(uint256 indexed modelId, address indexed from, uint256 amount);
    event UnbondingStarted(uint256 indexed modelId, uint256 amount, uint64 releaseAt);
    event StakeWithdrawn(uint256 indexed modelId, address indexed provider, uint256 amount);
    event Endorsed(uint256 indexed modelId, address indexed curator, uint256 amount);
    event EndorsementExitStarted(uint256 indexed modelId, address indexed curator, uint256 amount, uint64 releaseAt);
    event EndorsementWithdrawn(uint256 indexed modelId, address indexed curator, uint256 amount);
    event ChallengeOpened(uint256 indexed challengeId, uint256 indexed modelId, address indexed challenger, uint256 bond, uint64 deadline);
    event Evidence(uint256 indexed challengeId, address indexed from, string uri);
    event ChallengeResolved(uint256 indexed challengeId, uint256 indexed modelId, bool upheld, uint256 slashBps, uint256 slashed);
    event ChallengeCancelled(uint256 indexed challengeId, uint256 indexed modelId);
    event Slashed(uint256 indexed modelId, uint256 fromStake, uint256 fromUnbonding, uint256 fromEndorsements, uint256 challengerReward, address recipient);
    event ValidationRecorded(uint256 indexed modelId, address indexed validator, bytes32 indexed requestHash, uint8 response, string uri);
    event RewardsFunded(address indexed from, uint256 amount);
    event RewardPaid(uint256 indexed modelId, address indexed provider, uint256 amount);
    event ParamChanged(bytes32 indexed key, uint256 oldValue, uint256 newValue);

    error UnknownModel(uint256 modelId);
    error UnknownChallenge(uint256 challengeId);
    error NotProvider(uint256 modelId, address caller);
    error WeightsHashTaken(bytes32 weightsHash, uint256 modelId);
    error StakeBelowMinimum(uint256 stake, uint256 minStake);
    error WrongStatus(uint256 modelId, Status status);
    error ChallengeAlreadyOpen(uint256 modelId, uint256 challengeId);
    error ChallengeNotOpen(uint256 challengeId);
    error ChallengeStillRunning(uint256 challengeId, uint64 deadline);
    error NotAParty(uint256 challengeId, address caller);
    error SlashTooHigh(uint256 slashBps, uint256 maxSlashBps);
    error UnknownParam(bytes32 key);
    error ParamOutOfRange(bytes32 key, uint256 value);
    error AmountZero();
    error AmountTooLarge(uint256 amount, uint256 available);
    error StillUnbonding(uint64 releaseAt);
    error InsufficientRewards(uint256 amount, uint256 pool);
    error InvalidResponse(uint8 response);

    struct InitialParams {
        uint256 minStake;
        uint256 registrationFee;
        uint256 challengeBond;
        uint256 maxSlashBps;
        uint256 challengerRewardBps;
        uint256 unbondingPeriod;
        uint256 applicationPeriod;
        uint256 challengeTimeout;
        address treasury;
        address slashRecipient;
    }

    constructor(IERC20 token_, address timelock, address guardian, InitialParams memory p) {
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, timelock);
        _grantRole(PARAMS_ROLE, timelock);
        _grantRole(SLASHER_ROLE, timelock);
        _grantRole(REWARDER_ROLE, timelock);
        _grantRole(GUARDIAN_ROLE, guardian);
        _setParam(MIN_STAKE, p.minStake);
        _setParam(REGISTRATION_FEE, p.registrationFee);
        _setParam(CHALLENGE_BOND, p.challengeBond);
        _setParam(MAX_SLASH_BPS, p.maxSlashBps);
        _setParam(CHALLENGER_REWARD_BPS, p.challengerRewardBps);
        _setParam(UNBONDING_PERIOD, p.unbondingPeriod);
        _setParam(APPLICATION_PERIOD, p.applicationPeriod);
        _setParam(CHALLENGE_TIMEOUT, p.challengeTimeout);
        _setParam(TREASURY, uint256(uint160(p.treasury)));
        _setParam(SLASH_RECIPIENT, uint256(uint160(p.slashRecipient)));
        IVotes(address(token_)).delegate(address(this));
    }

    // ---------------------------------------------------------------- providers

    function register(string calldata name, string calldata version, bytes32 weightsHash, string calldata metadataURI, uint256 stake)
        external
        whenNotPaused
        nonReentrant
        returns (uint256 modelId)
    {
        uint256 taken = modelByWeightsHash[weightsHash];
        if (taken != 0) revert WeightsHashTaken(weightsHash, taken);
        uint256 minStake = params[MIN_STAKE];
        if (stake < minStake) revert StakeBelowMinimum(stake, minStake);
        modelId = ++modelCount;
        Model storage m = models[modelId];
        m.provider = msg.sender;
        m.status = Status.Pending;
        m.listedAt = uint64(block.timestamp);
        m.stake = stake;
        m.weightsHash = weightsHash;
        m.name = name;
        m.version = version;
        m.metadataURI = metadataURI;
        modelByWeightsHash[weightsHash] = modelId;
        uint256 fee = params[REGISTRATION_FEE];
        token.safeTransferFrom(msg.sender, address(this), stake);
        if (fee > 0) token.safeTransferFrom(msg.sender, _addressParam(TREASURY), fee);
        emit ModelRegistered(modelId, msg.sender, weightsHash, stake, fee);
        emit StatusChanged(modelId, Status.None, Status.Pending);
    }

    /// A new version restarts probation: curators and users get to look at it again.
    function updateModel(uint256 modelId, string calldata version, bytes32 weightsHash, string calldata metadataURI)
        external
        whenNotPaused
    {
        Model storage m = _provided(modelId);
        Status s = statusOf(modelId);
        if (s != Status.Pending && s != Status.Active) revert WrongStatus(modelId, s);
        if (weightsHash != m.weightsHash) {
            uint256 taken = modelByWeightsHash[weightsHash];
            if (taken != 0) revert WeightsHashTaken(weightsHash, taken);
            delete modelByWeightsHash[m.weightsHash];
            modelByWeightsHash[weightsHash] = modelId;
            m.weightsHash = weightsHash;
        }
        m.version = version;
        m.metadataURI = metadataURI;
        m.listedAt = uint64(block.timestamp);
        _setStatus(modelId, m, Status.Pending);
        emit ModelUpdated(modelId, weightsHash);
    }

    function addStake(uint256 modelId, uint256 amount) external whenNotPaused nonReentrant {
        Model storage m = _model(modelId);
        if (amount == 0) revert AmountZero();
        if (m.status == Status.Removed) revert WrongStatus(modelId, Status.Removed);
        m.stake += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit StakeAdded(modelId, msg.sender, amount);
    }

    /// Not pausable: leaving must stay possible in an incident. The stake stays slashable until withdrawn.
    function startUnbonding(uint256 modelId, uint256 amount) external {
        Model storage m = _provided(modelId);
        if (amount == 0) revert AmountZero();
        if (amount > m.stake) revert AmountTooLarge(amount, m.stake);
        m.stake -= amount;
        m.unbonding += amount;
        m.unbondingReleaseAt = uint64(block.timestamp + params[UNBONDING_PERIOD]);
        emit UnbondingStarted(modelId, amount, m.unbondingReleaseAt);
        if (m.stake < params[MIN_STAKE] && (m.status == Status.Pending || m.status == Status.Active)) {
            _setStatus(modelId, m, Status.Exiting);
        }
    }

    function withdraw(uint256 modelId) external whenNotPaused nonReentrant {
        Model storage m = _provided(modelId);
        if (m.openChallenge != 0) revert ChallengeAlreadyOpen(modelId, m.openChallenge);
        if (block.timestamp < m.unbondingReleaseAt) revert StillUnbonding(m.unbondingReleaseAt);
        uint256 amount = m.unbonding;
        if (amount == 0) revert AmountZero();
        m.unbonding = 0;
        token.safeTransfer(m.provider, amount);
        emit StakeWithdrawn(modelId, m.provider, amount);
    }

    // ---------------------------------------------------------------- curators

    function endorse(uint256 modelId, uint256 amount) external whenNotPaused nonReentrant onlyRole(CURATOR_ROLE) {
        Model storage m = _model(modelId);
        if (amount == 0) revert AmountZero();
        Status s = statusOf(modelId);
        if (s != Status.Pending && s != Status.Active) revert WrongStatus(modelId, s);
        Endorsement storage e = endorsements[modelId][msg.sender];
        if (e.amount == 0 && e.exiting == 0) _curators[modelId].push(msg.sender);
        e.amount += amount;
        m.endorsed += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Endorsed(modelId, msg.sender, amount);
    }

    function startEndorsementExit(uint256 modelId, uint256 amount) external {
        Model storage m = _model(modelId);
        Endorsement storage e = endorsements[modelId][msg.sender];
        if (amount == 0) revert AmountZero();
        if (amount > e.amount) revert AmountTooLarge(amount, e.amount);
        e.amount -= amount;
        e.exiting += amount;
        m.endorsed -= amount;
        e.releaseAt = uint64(block.timestamp + params[UNBONDING_PERIOD]);
        emit EndorsementExitStarted(modelId, msg.sender, amount, e.releaseAt);
    }

    function withdrawEndorsement(uint256 modelId) external whenNotPaused nonReentrant {
        Model storage m = _model(modelId);
        if (m.openChallenge != 0) revert ChallengeAlreadyOpen(modelId, m.openChallenge);
        Endorsement storage e = endorsements[modelId][msg.sender];
        if (block.timestamp < e.releaseAt) revert StillUnbonding(e.releaseAt);
        uint256 amount = e.exiting;
        if (amount == 0) revert AmountZero();
        e.exiting = 0;
        token.safeTransfer(msg.sender, amount);
        emit EndorsementWithdrawn(modelId, msg.sender, amount);
    }

    function curators(uint256 modelId) external view returns (address[] memory) {
        return _curators[modelId];
    }

    // ---------------------------------------------------------------- challenges

    function challenge(uint256 modelId, string calldata evidenceURI) external whenNotPaused nonReentrant returns (uint256 challengeId) {
        Model storage m = _model(modelId);
        Status s = statusOf(modelId);
        if (s != Status.Pending && s != Status.Active && s != Status.Exiting) revert WrongStatus(modelId, s);
        uint256 bond = params[CHALLENGE_BOND];
        challengeId = ++challengeCount;
        uint64 deadline = uint64(block.timestamp + params[CHALLENGE_TIMEOUT]);
        challenges[challengeId] = Challenge({
            modelId: modelId,
            challenger: msg.sender,
            state: ChallengeState.Open,
            priorStatus: m.status,
            openedAt: uint64(block.timestamp),
            deadline: deadline,
            bond: bond,
            slashed: 0
        });
        m.openChallenge = challengeId;
        _setStatus(modelId, m, Status.Challenged);
        if (bond > 0) token.safeTransferFrom(msg.sender, address(this), bond);
        emit ChallengeOpened(challengeId, modelId, msg.sender, bond, deadline);
        emit Evidence(challengeId, msg.sender, evidenceURI);
    }

    function submitEvidence(uint256 challengeId, string calldata uri) external {
        Challenge storage c = _openChallenge(challengeId);
        if (msg.sender != c.challenger && msg.sender != models[c.modelId].provider) revert NotAParty(challengeId, msg.sender);
        emit Evidence(challengeId, msg.sender, uri);
    }

    /// Governance's verdict. Upheld: stake, unbonding and endorsements lose slashBps; the challenger
    /// gets the bond back plus a share of the slash; the rest is burned or sent to slashRecipient; the
    /// model is removed and what remains of its stake unbonds. Rejected: the bond goes to the provider.
    function resolveChallenge(uint256 challengeId, bool upheld, uint256 slashBps) external nonReentrant onlyRole(SLASHER_ROLE) {
        Challenge storage c = _openChallenge(challengeId);
        Model storage m = models[c.modelId];
        m.openChallenge = 0;
        if (!upheld) {
            c.state = ChallengeState.Rejected;
            _setStatus(c.modelId, m, c.priorStatus);
            if (c.bond > 0) token.safeTransfer(m.provider, c.bond);
            emit ChallengeResolved(challengeId, c.modelId, false, 0, 0);
            return;
        }
        uint256 maxSlash = params[MAX_SLASH_BPS];
        if (slashBps > maxSlash) revert SlashTooHigh(slashBps, maxSlash);
        c.state = ChallengeState.Upheld;
        uint256 fromStake = (m.stake * slashBps) / BPS;
        uint256 fromUnbonding = (m.unbonding * slashBps) / BPS;
        uint256 fromEndorsements = _slashEndorsements(c.modelId, m, slashBps);
        uint256 total = fromStake + fromUnbonding + fromEndorsements;
        c.slashed = total;
        // What survives the slash leaves with the model: all of it unbonds from now.
        m.unbonding = m.unbonding - fromUnbonding + m.stake - fromStake;
        m.stake = 0;
        m.unbondingReleaseAt = uint64(block.timestamp + params[UNBONDING_PERIOD]);
        _setStatus(c.modelId, m, Status.Removed);
        delete modelByWeightsHash[m.weightsHash];

        uint256 reward = (total * params[CHALLENGER_REWARD_BPS]) / BPS;
        address recipient = _addressParam(SLASH_RECIPIENT);
        token.safeTransfer(c.challenger, c.bond + reward);
        if (total > reward) {
            if (recipient == address(0)) ERC20Burnable(address(token)).burn(total - reward);
            else token.safeTransfer(recipient, total - reward);
        }
        emit Slashed(c.modelId, fromStake, fromUnbonding, fromEndorsements, reward, recipient);
        emit ChallengeResolved(challengeId, c.modelId, true, slashBps, total);
    }

    /// An undecided challenge lapses after its timeout; anyone may close it, the bond goes back.
    function cancelChallenge(uint256 challengeId) external nonReentrant {
        Challenge storage c = _openChallenge(challengeId);
        if (block.timestamp < c.deadline) revert ChallengeStillRunning(challengeId, c.deadline);
        Model storage m = models[c.modelId];
        c.state = ChallengeState.Cancelled;
        m.openChallenge = 0;
        _setStatus(c.modelId, m, c.priorStatus);
        if (c.bond > 0) token.safeTransfer(c.challenger, c.bond);
        emit ChallengeCancelled(challengeId, c.modelId);
    }

    // ---------------------------------------------------------------- validations and rewards

    /// response: 0..100, as ERC-8004 validation responses; 100 = fully passed.
    function recordValidation(uint256 modelId, bytes32 requestHash, uint8 response, string calldata uri)
        external
        onlyRole(VALIDATOR_ROLE)
    {
        _model(modelId);
        if (response > 100) revert InvalidResponse(response);
        emit ValidationRecorded(modelId, msg.sender, requestHash, response, uri);
    }

    function fundRewards(uint256 amount) external nonReentrant {
        if (amount == 0) revert AmountZero();
        rewardPool += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit RewardsFunded(msg.sender, amount);
    }

    function payReward(uint256 modelId, uint256 amount) external nonReentrant onlyRole(REWARDER_ROLE) {
        Model storage m = _model(modelId);
        if (amount > rewardPool) revert InsufficientRewards(amount, rewardPool);
        rewardPool -= amount;
        token.safeTransfer(m.provider, amount);
        emit RewardPaid(modelId, m.provider, amount);
    }

    // ---------------------------------------------------------------- governance

    function setParam(bytes32 key, uint256 value) external onlyRole(PARAMS_ROLE) {
        _setParam(key, value);
    }

    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    // ---------------------------------------------------------------- views

    function statusOf(uint256 modelId) public view returns (Status) {
        Model storage m = models[modelId];
        if (m.status == Status.Pending && block.timestamp >= uint256(m.listedAt) + params[APPLICATION_PERIOD]) {
            return Status.Active;
        }
        return m.status;
    }

    function isActive(uint256 modelId) external view returns (bool) {
        return statusOf(modelId) == Status.Active;
    }

    // ---------------------------------------------------------------- internals

    function _slashEndorsements(uint256 modelId, Model storage m, uint256 slashBps) private returns (uint256 total) {
        address[] storage list = _curators[modelId];
        for (uint256 i = 0; i < list.length; i++) {
            Endorsement storage e = endorsements[modelId][list[i]];
            uint256 a = (e.amount * slashBps) / BPS;
            uint256 x = (e.exiting * slashBps) / BPS;
            e.amount -= a;
            e.exiting -= x;
            total += a + x;
        }
        m.endorsed = 0;
        // Endorsements of a removed model stop backing it: all of it heads for the exit.
        for (uint256 i = 0; i < list.length; i++) {
            Endorsement storage e = endorsements[modelId][list[i]];
            e.exiting += e.amount;
            e.amount = 0;
            e.releaseAt = uint64(block.timestamp + params[UNBONDING_PERIOD]);
        }
    }

    function _setParam(bytes32 key, uint256 value) private {
        if (key == MAX_SLASH_BPS) {
            if (value > BPS) revert ParamOutOfRange(key, value);
        } else if (key == CHALLENGER_REWARD_BPS) {
            if (value > BPS / 2) revert ParamOutOfRange(key, value);
        } else if (key == TREASURY || key == SLASH_RECIPIENT) {
            if (value > type(uint160).max) revert ParamOutOfRange(key, value);
        } else if (
            key != MIN_STAKE && key != REGISTRATION_FEE && key != CHALLENGE_BOND && key != UNBONDING_PERIOD
                && key != APPLICATION_PERIOD && key != CHALLENGE_TIMEOUT
        ) {
            revert UnknownParam(key);
        }
        uint256 old = params[key];
        params[key] = value;
        emit ParamChanged(key, old, value);
    }

    function _addressParam(bytes32 key) private view returns (address) {
        return address(uint160(params[key]));
    }

    function _setStatus(uint256 modelId, Model storage m, Status to) private {
        Status from = m.status;
        if (from != to) {
            m.status = to;
            emit StatusChanged(modelId, from, to);
        }
    }

    function _model(uint256 modelId) private view returns (Model storage m) {
        m = models[modelId];
        if (m.provider == address(0)) revert UnknownModel(modelId);
    }

    function _provided(uint256 modelId) private view returns (Model storage m) {
        m = _model(modelId);
        if (m.provider != msg.sender) revert NotProvider(modelId, msg.sender);
    }

    function _openChallenge(uint256 challengeId) private view returns (Challenge storage c) {
        c = challenges[challengeId];
        if (c.challenger == address(0)) revert UnknownChallenge(challengeId);
        if (c.state != ChallengeState.Open) revert ChallengeNotOpen(challengeId);
    }
}
