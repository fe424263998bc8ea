"""Data for build_spinner_lexicon.py: word-level spinner swaps and real English collocations.

SWAPS lines read ``original: spun, spun~``; ``~`` marks a weak swap (the spun word is an everyday
alternative, so a phrase whose only swaps are weak is ``context``, not ``fix``). The swaps are
those the news-spinner family is seen to make (thesaurus and translation round-trip synonyms).
COLLOCATIONS maps a domain file to (block, default pos); block lines read ``phrase [| pos] [| context]``
and hold real English collocations, written singular for nouns and base form for verbs.
"""

from __future__ import annotations

SWAPS = """
# people and society
people: folks~, individuals~
person: particular person, individual~
americans: individuals~
children: kids~, youngsters~
child: little one~, youngster
kids: youngsters~
family: household~
families: households~
mother: mom~
women: ladies~
woman: girl~
men: males~
student: pupil~, scholar~
students: college students~
school: faculty~, college~
high school: highschool
university: college~
teacher: trainer~, instructor~
education: training~, schooling
training: coaching~
community: neighborhood~, group~
population: inhabitants~
resident: resident
home: residence~, dwelling~
house: home~
# time
year: 12 months~, yr
years: years
today: at present~, as we speak~
last: final~
next: subsequent~
recent: current~, latest~
current: present~
latest: newest~
previous: earlier~
end: finish~
beginning: starting~
start: begin~
ago: in the past
# politics, war, government
country: nation~
countries: international locations, nations~
government: authorities~
foreign: overseas~, international~
policy: coverage~
party: get together, celebration~
leader: chief~
official: official
officials: officers~
white house: white home
house of representatives: home of representatives
department: division~
agency: company~
office: workplace~
statement: assertion~
press release: press launch
press conference: press convention, information convention
meeting: assembly~, gathering~
agreement: settlement~
crisis: disaster~
situation: state of affairs~, scenario~
military: army~, navy~
attack: assault
troops: troops
soldier: soldier
war: struggle~, conflict~
conflict: battle~
support: assist
aid: help~
humanitarian aid: humanitarian help~
level: stage~, degree~
high: excessive
urgent: pressing~
need: want~
critical: vital~, crucial~
important: necessary~, vital~
significant: important~, vital~
main: fundamental~, major~
big: large~, massive~, huge~
old: outdated~, previous~
election: election
campaign: marketing campaign
poll: ballot
primary: main~, major~
bill: invoice
security: safety~
national security: nationwide safety
safety: security~
national: nationwide~
international: worldwide~
global: world~, international~
local: native~
private: personal~, non-public~
public: public
opposition: opposition
# business and finance
company: firm~
companies: corporations~, firms~
business: enterprise~
market: market
stock: inventory
stocks: shares~
investor: investor
investors: buyers~, traders~
price: value~, worth~
prices: costs~
cost: value~, price~
costs: prices~
sale: sale
sales: gross sales~
revenue: income~
profit: revenue~
economy: economic system~, financial system~
economic: financial~
financial: monetary~
growth: development~, progress~
bank: financial institution~
central bank: central financial institution~
interest rate: rate of interest~, curiosity price, curiosity charge, curiosity fee
interest rates: rates of interest~, curiosity charges, curiosity charges
rate: price~, charge~, fee~
loan: mortgage~
money: cash~
dollar: greenback~
currency: forex~, foreign money~
exchange rate: change price~, trade charge~, alternate fee~
customer: buyer~
customers: prospects~, clients~
consumer: shopper~, client~
store: retailer~
stores: shops~
shopping: procuring!, purchasing~
product: product
products: merchandise~
brand: model~
industry: trade~, business~
trade: commerce~
factory: manufacturing unit^
manufacturing: manufacturing
supply chain: provide chain
supply: provide
chief executive: chief government^
chief executive officer: chief government officer
chief financial officer: chief monetary officer
chief operating officer: chief working officer
chief technology officer: chief know-how officer
board of directors: board of administrators~
real estate: actual property^
rent: hire~, lease~
budget: finances~, price range~
venture capital: enterprise capital^
workers: employees~, staff~
employees: workers~
worker: employee~
salary: wage~
labor: labor
unemployment rate: unemployment price, unemployment charge
quarter: quarter
earnings: earnings
share: share
shares: shares
# technology and science
technology: know-how^, expertise~
data: knowledge~, info~
information: data~, info~
software: software program~
computer: laptop~, pc~
computers: computer systems~
laptop: laptop computer~
phone: cellphone~, telephone~
mobile: cell~, cellular~
mobile phone: cell phone~, cellular phone~
device: system~, gadget~
devices: units, gadgets~
feature: function~, characteristic~
features: options
update: replace
user: consumer~, person~
users: customers~
screen: display~, display screen~
camera: digital camera~
speakers: audio system~
speaker: speaker
wireless: wi-fi~
smart: sensible, good~
video game: online game~
video games: video video games
space: house~, area~
satellite: satellite tv for pc
satellites: satellites
solar: photo voltaic
energy: vitality~, power~
electricity: electrical energy~
natural gas: pure fuel, pure gasoline
gas: fuel~, gasoline~
artificial intelligence: synthetic intelligence
artificial: synthetic
machine learning: machine studying
deep learning: deep studying~
learning: studying
search engine: search engine
search engines: engines like google, search engines like google
search engine optimization: search engine marketing~
social network: social community~
privacy: privateness
internet: web~
online: on-line~
website: web site
download: obtain~
version: model~
virtual reality: digital actuality
augmented reality: augmented actuality
reality: actuality
open source: open supply~
robot: robotic
electric: electrical~
electric vehicle: electrical car, electrical automobile
vehicle: car~, automobile~
car: automotive, automobile
tablet: pill~
memory: reminiscence~
research: analysis~
study: examine~, research~
scientist: scientist
# climate, weather, environment
climate: local weather
climate change: local weather change
weather: climate~
environment: atmosphere~, setting~
pollution: air pollution
heat: warmth~
heat wave: warmth wave
cold: chilly~
tornado: twister~
damage: injury~, harm~
global warming: world warming, international warming
greenhouse gas: greenhouse fuel, greenhouse gasoline
sea level: sea degree, sea stage
wildfire: wildfire
fire: hearth~, fireplace~
# health
health: well being^
healthcare: well being care
mental health: psychological well being
cancer: most cancers^
heart: coronary heart~
disease: illness~
patient: affected person
patients: sufferers~
doctor: physician~
doctors: docs~, medical doctors~
treatment: remedy~, therapy~
medicine: medication~, drugs~
obesity: weight problems^
cholesterol: ldl cholesterol
blood pressure: blood stress
brain: mind~
skin: pores and skin
teeth: enamel~
weight loss: weight reduction~
diet: food regimen, weight loss plan~
nutrition: vitamin~, diet~
vitamins: nutritional vitamins
exercise: train~
anxiety: nervousness~
depression: melancholy~
mental: psychological~
illness: sickness~
risk: threat~, danger~
pregnancy: being pregnant~
birth: start~, delivery~
aging: getting old~, growing old~
insurance: insurance coverage~
health insurance: medical health insurance~
symptom: symptom
symptoms: signs
infection: an infection
cases: instances, circumstances~
death: dying~, demise~, loss of life^
clinical trial: scientific trial, medical trial~
injury: damage~, harm~
# crime and law
court: courtroom~, court docket~
supreme court: supreme courtroom, supreme court docket~
judge: decide, choose
lawyer: lawyer
lawyers: legal professionals~, attorneys~
attorney: lawyer~, legal professional
attorney general: lawyer basic, legal professional common
district attorney: district lawyer~, district legal professional
defense attorney: protection lawyer~, protection legal professional~
law: regulation, legislation~
laws: legal guidelines
law enforcement: regulation enforcement
law firm: regulation agency~
criminal: felony~, prison~
guilty: responsible~
innocent: harmless~
hearing: listening to
appeal: attraction~, enchantment~
evidence: proof~
charges: prices~, fees~
murder: homicide~
robbery: theft~
burglary: housebreaking~
shooting: capturing~, taking pictures~
victim: sufferer~
prison: jail~
intellectual property: mental property
liability: legal responsibility~
constitution: structure~
amendment: modification~
police department: police division
sheriff's office: sheriff's workplace
investigation: investigation
defense: protection~
# sports
team: workforce~, crew~, staff~
player: participant~
players: gamers
game: recreation~, sport~
games: video games
goal: aim~, objective~
score: rating~
season: season
coach: coach
head coach: head coach
fans: followers~
fan: fan
points: factors~
point: level~
record: document~, file~, report~
round: spherical
final: remaining~, ultimate~, last~
running back: working again~, operating again~
wide receiver: extensive receiver, huge receiver, vast receiver
tight end: tight finish~
touchdown: landing
field goal: subject aim, discipline objective, area objective
red card: purple card~, pink card~
corner kick: nook kick
forward: ahead
manager: supervisor~
club: membership~
tournament: event, match~
home run: house run~, dwelling run
free throw: free throw
hole: gap~
pole position: pole place
winning streak: successful streak~, profitable streak~
losing streak: dropping streak, shedding streak
regular season: common season
league: league
playoff: playoff
draft: draft
trade deadline: commerce deadline
free agent: free agent
defensive: defensive
offensive: offensive
injured: injured
# entertainment
movie: film~
movies: films~, motion pictures~
film: movie~
box office: field workplace
cast: forged
role: function~, position~
concert: live performance~
concerts: live shows~, concert events~
song: track~, tune~
show: present~
shows: reveals~, exhibits~
series: sequence~, collection~
celebrity: movie star~, superstar~
fashion: vogue~, style~
dress: gown~, costume~
beauty: magnificence~
makeup: make-up~
red carpet: purple carpet~, pink carpet~
reality show: actuality present
reality tv: actuality tv
guest: visitor~
audience: viewers~
review: evaluation~, assessment~
book: e-book~, guide~
author: writer~, creator
wedding: marriage ceremony^
baby: child~
baby bump: child bump
# added collocation words
organization: group~
association: affiliation~
model: mannequin
pick: choose~, decide~
release: launch~
active: energetic~
positive: constructive~, optimistic~
negative: destructive~, adverse~
impact: influence~
rapid: speedy~
test: take a look at, check~
result: outcome~, end result~
mask: masks
shots: photographs, pictures~
post: put up~, submit~
blog: weblog~
photo: photograph~, picture~
end zone: finish zone
point guard: level guard
brand new: model new
studies: research~
suggest: counsel~
invest: make investments
weapon: weapon
sports: sports activities^
history: historical past^
services: providers~, companies~
investment: funding~
increase: improve, enhance~
cut: minimize, lower~
hotel: resort~, lodge~
vegetables: greens~
coffee: espresso~
percent: p.c.
television: tv~
announcement: announcement
live: dwell!, reside!
track: monitor
festival: pageant, competition~
performance: efficiency~
strong: robust~, sturdy~
net: web
interest: curiosity
exchange: change~, trade~, alternate~
center: middle!
operating system: working system
winning: successful~, profitable~
power outage: energy outage
power line: energy line
power lines: energy traces
tropical depression: tropical melancholy
"""

# Real English phrases a swap could produce; never emitted as spun keys.
REAL_PHRASES = [
    p.strip()
    for p in """
home prices, home price, home run, home team, home game, home office, home security, film star
film review, movie star, film festival, film industry, film crew, world market, world economy
world war, world record, world cup, world leader, world health, international market
international trade, international community, international security, firm, staff, crew, nation
nations, film, movie, films, movies, model, system, present, sport, match, event, current, recent
latest, main, major, large, huge, massive, value, price, prices, costs, track, tune, report, file
document, level, stage, degree, function, position, guide, writer, creator, drugs, medication
therapy, remedy, danger, harm, damage, injury, proof, listening to, attraction, structure
protection, division, company, workplace, assertion, assembly, gathering, settlement, scenario
army, navy, assault, struggle, battle, assist, help, excessive, pressing, want, vital, crucial
necessary, important, fundamental, outdated, previous, coverage, get together, celebration, chief
officers, commerce, trade, business, enterprise, inventory, shares, buyers, traders, worth, income
revenue, development, progress, charge, fee, mortgage, cash, greenback, forex, buyer, prospects
clients, shopper, client, retailer, shops, procuring, purchasing, merchandise, employees, workers
wage, hire, lease, finances, knowledge, info, data, laptop, pc, cellphone, telephone, cell
cellular, gadget, units, gadgets, options, replace, consumer, customers, display, house, area
vitality, power, fuel, gasoline, synthetic, studying, web, on-line, obtain, robotic, electrical
automobile, automotive, car, pill, reminiscence, analysis, examine, research, climate, atmosphere
setting, warmth, chilly, hearth, fireplace, illness, affected person, sufferers, physician, docs
mind, enamel, diet, vitamin, train, nervousness, melancholy, psychological, sickness, threat
start, delivery, signs, an infection, instances, circumstances, dying, demise, loss of life
courtroom, decide, choose, lawyer, attorneys, regulation, legislation, felony, prison, responsible
harmless, fees, homicide, theft, sufferer, jail, workforce, participant, gamers, recreation, aim
objective, rating, followers, factors, spherical, remaining, ultimate, ahead, supervisor
membership, gap, forged, live performance, reveals, exhibits, sequence, collection, vogue, style
gown, costume, magnificence, visitor, viewers, evaluation, assessment, child, folks, individuals
kids, youngsters, household, mom, ladies, girl, males, pupil, scholar, faculty, college, trainer
instructor, training, coaching, neighborhood, group, residence, dwelling, home, final, subsequent
finish, starting, begin, in the past, international, authorities, overseas, nationwide, worldwide
world, native, personal, public, non-public, security, safety, firm, corporations, firms, market
economic system, financial system, financial, monetary
""".replace("\n", ",").split(",")
    if p.strip()
]

# Spun phrases that occur in clean text (scripts/lexicon_qa.py on the benchmark corpus): context only.
CONTEXT_OVERRIDES: set[str] = {
    # English in other senses (reviewed by hand): "well being" (wellbeing), "local weather",
    # "N years in the past", "police division", "white home", "press launch" (a launch for the press)
    "olympic video games",
    "long time in the past",
    "years in the past",
    "months in the past",
    "days in the past",
    "weeks in the past",
    "decades in the past",
    "hours in the past",
    "minutes in the past",
    "police division",
    "nationwide safety",
    "nationwide safety adviser",
    "nationwide safety council",
    "official web site",
    "campaign web site",
    "marketing campaign web site",
    "basic meeting",
    "common meeting",
    "main basic",
    "political get together",
    "press launch",
    "white home",
    "purple cross",
    "illness management",
    "chinese language firm",
    "local weather data",
    "local weather report",
    "local weather model",
    "local weather risk",
    "local weather impact",
    "local weather research",
    "local weather emergency",
    "local weather disaster",
    "local weather threat",
    "local weather event",
    "well being plan",
    "well being policy",
    "well being professional",
    "well being expert",
    "well being center",
    "well being middle",
    "well being issue",
    "well being problem",
    "well being risk",
    "well being threat",
    "well being danger",
    "well being service",
    "well being providers",
    "well being companies",
    "well being services",
    "well being company",
    "well being data",
    "well being knowledge",
    "well being info",
    "well being report",
    "well being record",
    "well being document",
    "well being file",
    "well being condition",
    "well being board",
    "well being status",
    "well being outcome",
    "well being needs",
    "well being benefit",
    "well being benefits",
    "well being concern",
    # "well being" is also an unhyphenated spelling of well-being
    "well being and wellness",
    "well being and safety",
    "well being and security",
    "nationwide authorities",
    "commercial financial institution",
    "rate of interest",
    "threat of dying",
    "excessive degree",
    "present state of affairs",
}

# Generated phrases that are real English with another meaning: never emitted.
DROP: set[str] = {
    "air assault",
    "community middle",
    "group middle",
    "neighborhood middle",
    "business middle",
    "research middle",
    "analysis middle",
    "college shooting",
    "faculty shooting",
    "basic public",
    "free company",
    "house run",
    "the historical past of",
    "historical past of the nation",
    "historical past of the country",
    "city middle",
    "monitor list",
    # real English with another meaning (checked by hand)
    "excessive charge",
    "excessive demand",
    "excessive fee",
    "excessive rate",
    "excessive standard",
    "excessive temperature",
    "excessive value",
    "excessive worth",
    "excessive cholesterol",
    "excessive danger",
    "excessive risk",
    "excessive level",
    "excessive degree",
    "excessive score",
    "excessive rating",
    "movie rating",
    "navy chief",
    "main election",
    "coaching program",
    "native individuals",
    "telephone firm",
    # 'authorities' after an adjective is ordinary English.
    "central authorities",
    "coalition authorities",
    "current authorities",
    "earlier authorities",
    "federal authorities",
    "foreign authorities",
    "interim authorities",
    "international authorities",
    "local authorities",
    "national authorities",
    "overseas authorities",
    "present authorities",
    "previous authorities",
    "state authorities",
    "transitional authorities",
    "cell system",
    "cell network",
    "cell app",
    "coronary heart disease",
    "coronary heart failure",
}

NEWS = """
member country
developing country
neighboring country
european country
african country
asian country
arab country
western country
muslim country
nato member
nato country
eu country
allied country
host country
home country
third country
foreign country
foreign minister
foreign ministry
foreign policy
foreign affairs
foreign government
foreign leader
foreign aid
foreign investment
foreign national
government official
government spokesperson
government agency
government building
government force
government data
government support
government funding
government policy
government crisis
local government
federal government
national government
central government
state government
interim government
coalition government
transitional government
opposition party
ruling party
political party
party leader
party member
party official
labour party
conservative party
republican party
democratic party
communist party
party congress
world leader
opposition leader
party chief
political leader
supreme leader
religious leader
community leader
business leader
white house
white house official
white house spokesperson
house of representatives
house speaker
house democrat
house republican
press secretary
press conference
press release
news conference
joint statement
official statement
written statement
statement released
ministry statement
emergency meeting
cabinet meeting
board meeting
summit meeting
closed-door meeting
peace agreement
trade agreement
ceasefire agreement
nuclear agreement
humanitarian crisis
political crisis
economic crisis
financial crisis
energy crisis
migrant crisis
refugee crisis
health crisis
housing crisis
security situation
humanitarian situation
military aid
military operation
military exercise
military base
military official
military vehicle
military equipment
military spending
military support
military assistance
military leader
military action
military junta
military court
armed force
russian attack
terrorist attack
missile attack
drone attack
air attack
rocket attack
deadly attack
world war
civil war
war crime
trade war
cold war
war zone
ukraine war
financial support
public support
popular support
urgent need
critical infrastructure
national security
national security adviser
security force
security council
security guarantee
security official
security measure
security service
national guard
national interest
national team
national election
national park
national holiday
international community
international law
international airport
international agency
international relations
international organization
international monetary fund
international criminal court
local authority
local official
local election
local resident
local media
local time
local police
local community
local business
presidential election
general election
parliamentary election
midterm election
election campaign
election result
election commission
campaign trail
campaign rally
opinion poll
primary election
state department
defense department
justice department
department of justice
department of defense
department of health
department of education
department of homeland security
department of state
intelligence agency
news agency
government office
oval office
prime minister's office
high level
high-level meeting
high-ranking official
ambassador level
senior official
public health
public opinion
public safety
public sector
public service
public transport
public school
public debt
public spending
public hearing
public statement
civilian population
civilian casualty
civil society
human rights
human rights group
human rights activist
peace talk
peace process
peace deal
death toll
main reason
main goal
main opposition
last year
last week
last month
next year
next week
next month
current situation
current government
current president
current crisis
recent attack
recent year
recent week
recent month
recent day
recent poll
previous year
previous government
previous record
end of the year
end of the war
end of the day
beginning of the year
beginning of the war
government shutdown
government debt
ministry of health
ministry of defense
ministry of foreign affairs
foreign ministry spokesperson
security force
border security
border crossing
border patrol
military personnel
military parade
military drill
military coup
military intelligence
peace plan
peace summit
humanitarian corridor
humanitarian assistance
financial assistance
economic support
political support
support package
aid package
urgent meeting
urgent action
critical condition
critical moment
important role
important step
significant increase
significant impact
significant role
main issue
main road
main office
big problem
big change
old man
old woman
old friend
old age
world health organization
national hurricane center
national security council
security council resolution
party leadership
party conference
campaign promise
campaign ad
campaign finance
election day
election official
election fraud
election result
poll worker
polling station
press freedom
press office
press briefing
official visit
official website
department head
agency chief
crisis meeting
crisis management
election campaign
presidential campaign
political campaign
campaign trail
campaign rally
campaign event
campaign manager
campaign spokesperson
campaign official
campaign donor
campaign contribution
campaign headquarters
campaign season
campaign slogan
vaccination campaign
bombing campaign
military campaign
re-election campaign
campaign against
conference center
visitor center
center-left
center-right
city center
campaign group
campaign finance law
campaign speech
campaign fund
campaign website
campaign video
history of the country
the history of
continued attack
non-lethal support
continued support
"""

BUSINESS = """
stock market
stock price
stock exchange
stock index
stock option
stockholder
share price
investor confidence
foreign investor
retail investor
institutional investor
bank account
bank loan
bank card
bank holiday
bank branch
bank robbery
investment bank
central bank
world bank
european central bank
commercial bank
interest rate
interest rate hike
interest rate cut
mortgage rate
exchange rate
unemployment rate
inflation rate
growth rate
birth rate
tax rate
rate hike
rate cut
economic growth
economic crisis
economic policy
economic recovery
economic activity
economic development
economic data
economic impact
economic outlook
economic sanction
economic slowdown
economic forum
economic system
global economy
national economy
market share
market value
market capitalization
market cap
housing market
labor market
job market
oil market
oil price
fuel price
food price
gas price
energy price
price increase
price hike
price cap
price war
consumer price
consumer price index
consumer confidence
consumer spending
consumer goods
customer service
customer satisfaction
customer data
retail sales
online sales
car sales
home sales
sales growth
annual revenue
tax revenue
net profit
operating profit
profit margin
quarterly earnings
quarterly profit
first quarter
second quarter
third quarter
fourth quarter
chief executive
chief executive officer
chief financial officer
chief operating officer
chief technology officer
board of directors
company spokesperson
company official
company statement
parent company
tech company
oil company
energy company
insurance company
holding company
private company
public company
shipping company
pharmaceutical company
business model
business owner
business partner
business deal
business school
small business
family business
supply chain
money laundering
real estate
real estate agent
real estate market
rent increase
federal budget
defense budget
state budget
budget deficit
venture capital
foreign currency
currency market
digital currency
trade deficit
trade surplus
trade deal
trade union
free trade
foreign trade
global trade
trade talks
oil industry
auto industry
tech industry
music industry
film industry
travel industry
industry expert
industry group
factory worker
manufacturing sector
private sector
financial sector
financial market
financial statement
financial services
financial result
financial aid
financial loss
financial support
financial year
financial times
financial advisor
financial data
money supply
health worker
aid worker
social worker
worker shortage
employee benefit
minimum wage
average salary
annual salary
labor union
labor shortage
shopping center
shopping mall
online shopping
grocery store
department store
store manager
new product
product launch
brand name
luxury brand
money market
money transfer
home loan
car loan
personal loan
loan application
loan repayment
business activity
business community
business travel
business plan
business hours
business day
big business
online business
business model
price index
price tag
price drop
price level
price growth
cost of living
production cost
labor cost
energy cost
cost cutting
sales figure
sales tax
sales team
sales volume
profit warning
profit growth
revenue growth
growth forecast
growth target
job growth
wage growth
population growth
rate of return
customer base
customer demand
customer experience
customer support
consumer demand
consumer protection
consumer rights
retail store
product line
product recall
product safety
industry leader
industry standard
industry analyst
trade policy
trade partner
trade barrier
trade dispute
factory output
factory closure
rent control
rent payment
budget cut
budget proposal
budget surplus
salary increase
labor law
labor force
labor dispute
us dollar
dollar value
make investments | v
tax cut
rate cut
job cut
spending cut
budget cut
price cut
interest rate cut
tax increase
price increase
rate increase
wage increase
salary increase
sales increase
investment bank
investment fund
investment firm
foreign investment
investment company
financial services
customer services
business services
financial service
shopping center
shopping mall
shopping spree
shopping list
shopping cart
shopping season
holiday shopping
online shopping
christmas shopping
emergency services
social services
public services
health services
credit history
net profit
net income
net earnings
net loss
net debt
net worth
net sales
net interest
net asset
net migration
net revenue
interest payment
interest income
conflict of interest
stock exchange
currency exchange
foreign exchange
call center
distribution center
business center
sales figure
sales data
sales target
sales forecast
sales decline
sales record
sales manager
sales representative
sales channel
sales revenue
annual sales
global sales
total sales
retail sales growth
bank account
bank balance
bank customer
bank deposit
bank executive
bank failure
bank fraud
bank manager
bank statement
bank transfer
bank note
food bank
savings bank
state bank
development bank
real estate developer
real estate investment
real estate company
real estate industry
factory floor
factory farm
supply chain issue
supply chain disruption
supply chain problem
venture capital firm
venture capitalist
chief executive officer
"""

TECH = """
new technology
information technology
technology company
technology sector
technology giant
technology industry
financial technology
big data
data center
data breach
data protection
data privacy
personal data
user data
data analysis
information security
software company
software update
software developer
software engineer
computer science
computer system
computer virus
personal computer
mobile phone
mobile device
mobile app
mobile network
smart phone
phone number
phone call
cell phone
smart home
smart device
smart speaker
smart watch
smart tv
smart city
new feature
key feature
security feature
security update
software update
latest update
user interface
user experience
user account
active user
touch screen
home screen
screen time
screen size
front camera
rear camera
security camera
camera system
wireless network
wireless charging
wireless earbuds
video game
video game console
space agency
space station
international space station
space exploration
space mission
space program
outer space
space shuttle
space flight
space telescope
satellite image
satellite imagery
satellite data
satellite launch
communication satellite
solar energy
solar panel
solar power
solar system
solar farm
solar eclipse
renewable energy
nuclear energy
energy source
energy efficiency
energy consumption
energy sector
energy supply
energy security
clean energy
wind energy
electricity price
electricity bill
electricity supply
natural gas
gas pipeline
gas supply
gas station
greenhouse gas
artificial intelligence
machine learning
deep learning
language model
search engine
search engine optimization
social network
social media
social media platform
privacy policy
internet access
internet connection
internet service
internet user
online platform
online service
online store
website traffic
free download
new version
latest version
beta version
virtual reality
augmented reality
open source
electric car
electric vehicle
self-driving car
car maker
car company
car industry
vehicle sales
tablet computer
memory card
research team
research center
research institute
research project
research paper
research group
new study
scientific study
study author
technology news
technology firm
data science
data scientist
data analytics
data storage
data transfer
data collection
data leak
data security
information system
information age
software engineering
computer chip
computer program
computer screen
computer game
computer code
mobile internet
mobile game
mobile operator
mobile payment
mobile version
phone maker
phone company
phone screen
phone battery
device maker
user base
user review
user privacy
screen protector
camera app
camera lens
smart glasses
space rocket
space debris
space tourism
space race
satellite internet
satellite phone
satellite dish
solar cell
solar flare
solar storm
energy drink
energy bill
energy market
energy policy
energy storage
energy transition
energy minister
electricity grid
electricity demand
electricity generation
gas field
gas leak
internet speed
internet provider
internet shutdown
online course
online learning
online banking
online order
online payment
online meeting
online event
online harassment
website design
electric bike
electric motor
electric scooter
electric bill
electric power
vehicle owner
car owner
car crash
car accident
car park
car dealer
car seat
car bomb
car model
research funding
research lab
research result
study result
study participant
artificial heart
artificial sweetener
learning disability
learning experience
learning process
distance learning
remote learning
instagram post
facebook post
social media post
blog post
twitter post
brand new
active user
test result
software company
software giant
software maker
software engineer
software program
software product
software license
software bug
software platform
software development
software tool
antivirus software
open-source software
technology giant
technology stock
technology sector
technology transfer
search history
browsing history
data center
operating system
security update | fix
system update | fix
firmware update | fix
large language model
control center
command center
satellite company
satellite network
satellite operator
satellite signal
satellite photo
satellite television
satellite tv
spy satellite
weather satellite
software firm
software system
software version
software vendor
software security
software industry
software code
technology firm
technology stocks | x
technology leader
technology expert
technology startup
emerging technology
green technology
military technology
medical technology
digital technology
new technologies | x
artificial intelligence system
artificial intelligence tool
"""

WEATHER = """
climate change
climate crisis
climate policy
climate summit
climate goal
climate activist
climate scientist
climate model
weather forecast
weather service
national weather service
weather condition
weather event
extreme weather
severe weather
bad weather
cold weather
hot weather
weather pattern
weather station
environmental protection
environmental group
environment minister
air pollution
water pollution
plastic pollution
heat wave
extreme heat
heat index
heat stroke
cold front
warm front
cold snap
cold air
tornado warning
tornado watch
storm damage
flood damage
property damage
global warming
greenhouse gas
greenhouse gas emission
sea level
sea level rise
forest fire
fire department
fire service
fire truck
fire station
fire brigade
fire safety
fire alarm
net zero
net-zero
national weather service | fix
strong wind | fix
strong storm | fix
power outage
power line
power lines | x
tropical depression
evacuation center
weather update
climate action
climate agreement
climate bill
climate campaign
climate conference
climate data
climate disaster
climate emergency
climate envoy
climate finance
climate impact
climate law
climate movement
climate pledge
climate protest
climate report
climate research
climate risk
climate talks
climate target
climate threat
climate-related
climate change policy
climate change denial
natural gas price
natural gas supply
natural gas field
solar energy system
solar power plant
solar project
tornado warning | fix
tornado watch | fix
"""

HEALTH = """
health care
health insurance
health official
health ministry
health minister
health department
health authority
health system
health center
health problem
health issue
health benefit
health risk
health expert
health worker
health service
health condition
health crisis
mental health
public health
global health
world health organization
heart disease
heart attack
heart failure
heart rate
heart surgery
heart health
heart problem
breast cancer
lung cancer
prostate cancer
skin cancer
cancer patient
cancer treatment
cancer research
cancer cell
cancer risk
cancer diagnosis
infectious disease
chronic disease
kidney disease
liver disease
lung disease
rare disease
disease control
centers for disease control
patient care
patient safety
doctor's office
family doctor
medical doctor
cancer doctor
treatment option
medical treatment
hospital treatment
obesity rate
childhood obesity
high cholesterol
cholesterol level
blood pressure
high blood pressure
brain injury
brain damage
brain health
brain tumor
skin care
skin condition
weight loss
healthy diet
balanced diet
diet plan
nutrition expert
vitamin d
physical exercise
regular exercise
exercise routine
anxiety disorder
depression symptom
mental illness
serious illness
risk factor
health risk
high risk
low risk
risk of death
pregnancy test
birth control
birth defect
premature birth
aging population
healthy aging
insurance company
insurance coverage
insurance policy
life insurance
car insurance
covid symptom
infection rate
covid case
death rate
cause of death
clinical trial
sports injury
knee injury
head injury
medical school
nursing home
health plan
health policy
health record
health data
health status
health reform
health advisory
health emergency
health concern
health care worker
health care system
health care cost
health care provider
mental health problem
mental health service
mental health support
mental state
mental disorder
heart condition
cancer screening
cancer survivor
cancer center
cancer drug
colon cancer
cervical cancer
pancreatic cancer
ovarian cancer
blood cancer
liver cancer
kidney cancer
stomach cancer
bone cancer
brain cancer
throat cancer
disease outbreak
disease prevention
heart patient
patient data
patient record
treatment plan
treatment center
drug treatment
blood pressure medication
brain cell
brain function
brain scan
brain activity
skin disease
skin rash
skin infection
skin type
dry skin
teeth whitening
diet pill
keto diet
vegan diet
diet soda
exercise program
exercise class
anxiety attack
anxiety level
postpartum depression
risk assessment
risk management
risk level
pregnancy loss
pregnancy complication
birth weight
birth certificate
aging process
insurance plan
insurance claim
insurance premium
health insurance plan
infection control
ear infection
lung infection
viral infection
bacterial infection
infection risk
covid infection
death certificate
sudden death
clinical study
clinical research
injury report
serious injury
minor injury
positive test
negative test
rapid test
covid test
test positive | v
test negative | v
face mask
mask mandate
booster shots | x
flu shots | x
medical history
health history
sports injury
health center
medical center
cancer center
treatment center
trauma center
fitness center
health agency
health board
health clinic
health coverage
health facility
health inspector
health law
health measure
health officer
health outcome
health professional
health protection
health regulator
health screening
health warning
health and safety
health and wellness
health benefits | x
health needs | x
child health
maternal health
reproductive health
sexual health
heart health
gut health
oral health
bone health
eye health
skin health
mental health crisis
mental health awareness
mental health care
mental health condition
mental health issue
mental health professional
public health emergency
public health official
public health expert
public health measure
public health agency
cancer cases | x
cancer care
cancer charity
cancer society
cancer therapy
cancer vaccine
cancer test
cancer rate
cancer death
childhood cancer
colorectal cancer
esophageal cancer
bladder cancer
thyroid cancer
terminal cancer
advanced cancer
cancer-free
diet change
diet and exercise
mediterranean diet
low-carb diet
plant-based diet
cholesterol test
skin cell
skin problem
skin damage
skin condition
skin tone
sensitive skin
"""

LEGAL = """
supreme court
high court
federal court
district court
appeals court
court of appeals
court case
court hearing
court order
court ruling
court document
court date
court appearance
family court
criminal court
court judge
federal judge
district judge
judge's ruling
defense lawyer
defense attorney
attorney general
district attorney
attorney's office
prosecuting attorney
law enforcement
law enforcement officer
law enforcement agency
law firm
law school
law professor
law student
criminal law
international law
martial law
federal law
state law
new law
law and order
criminal case
criminal charge
criminal investigation
criminal record
criminal justice
criminal justice system
criminal complaint
criminal offense
plead guilty | v
pleaded guilty | x
not guilty
found guilty
guilty plea
guilty verdict
public hearing
bail hearing
sentencing hearing
court hearing
appeal court
appeal process
evidence of
murder charge
murder case
murder trial
murder suspect
murder victim
attempted murder
armed robbery
bank robbery
robbery suspect
burglary suspect
mass shooting
school shooting
police shooting
shooting victim
shooting suspect
victim's family
crime victim
prison sentence
life in prison
years in prison
state prison
federal prison
intellectual property
legal liability
constitutional right
constitutional amendment
constitutional court
first amendment
second amendment
police department
sheriff's office
police investigation
federal investigation
police officer
court official
court system
court battle
court fight
court filing
court record
court proceeding
supreme court justice
supreme court ruling
supreme court decision
law enforcement official
law enforcement source
immigration law
privacy law
tax law
gun law
abortion law
election law
criminal activity
criminal group
criminal gang
criminal network
criminal organization
criminal proceeding
criminal trial
criminal suspect
appeal hearing
murder investigation
murder conviction
murder rate
double murder
robbery charge
shooting incident
shooting death
drive-by shooting
victim support
prison guard
prison officer
prison term
prison system
prison population
prison cell
death penalty
death sentence
death row
federal judge
district judge
court judge
supreme court judge
high court judge
judge's decision
presiding judge
trial judge
criminal history
plead guilty | v | fix
pleaded guilty | x | fix
plead not guilty | v | fix
guilty verdict | fix
mass shooting | fix
school shooting | fix
detention center
"""

SPORTS = """
national team
home team
opposing team
team member
team captain
team player
team mate
football team
basketball team
soccer team
hockey team
baseball team
team coach
key player
star player
young player
best player
former player
player of the year
player of the month
game plan
first game
last game
home game
away game
big game
game winner
game-winning goal
playoff game
video game
olympic games
commonwealth games
goal difference
winning goal
opening goal
first goal
own goal
goal scorer
goal line
final score
high score
season opener
regular season
off season
preseason game
head coach
assistant coach
coaching staff
football fan
sports fan
fan base
fan favorite
home run
free throw
three-point shot
running back
wide receiver
tight end
touchdown pass
field goal
red card
yellow card
corner kick
penalty kick
free kick
world record
track record
national record
record holder
record high
record low
first round
second round
final round
semi-final
quarter-final
cup final
championship final
first half
second half
match point
championship game
title race
title fight
winning streak
losing streak
pole position
club record
football club
golf club
tournament director
grand slam tournament
trade deadline
free agent
injury list
injured reserve
sports betting
sports car
sports news
team sport
team bus
team doctor
team owner
team manager
team spirit
team performance
game time
game day
game changer
goal kick
goal celebration
goal drought
goal tally
season ticket
season high
season record
fan zone
fan club
point guard
record attendance
record time
final whistle
final four
final lap
defensive end
end zone
club president
club owner
club captain
tournament win
tournament title
free throw line
regular season game
playoff spot
playoff race
playoff berth
draft pick
first-round pick
injury update
sports news
sports fan
sports team
sports league
sports drink
sports star
sports world
sports reporter
sports ministry
sports minister
sports complex
sports facility
sports event
sports medicine
sports club
sports journalist
sports channel
sports bar
sports writer
sports day
sports coverage
sports science
sports nutrition
sports agent
sports psychology
youth sports
college sports
professional sports
winter sports
extreme sports
water sports
team sports
contact sports
motor sports
women's sports
club history
franchise history
team history
league history
tournament history
sports history
cast member
track record
track and field
race track
back on track | context
on track | context
live score
draft pick | fix
first-round pick | fix
winning goal
winning streak
sports activity
sports program
sports director
sports official
sports body
sports authority
sports venue
sports stadium
sports equipment
sports brand
sports festival
sports personality
live sports
"""

ENTERTAINMENT = """
box office
movie theater
movie star
movie director
horror movie
action movie
film director
film festival
film star
film industry
lead role
supporting role
leading role
main character
cast member
concert tour
live concert
hit song
new song
love song
tv show
talk show
game show
reality show
reality tv
tv series
netflix series
drama series
series finale
celebrity news
fashion week
fashion designer
fashion show
fashion brand
wedding dress
beauty product
beauty queen
red carpet
special guest
guest star
live audience
book review
movie review
film review
best-selling author
new book
book deal
book club
wedding ceremony
wedding day
wedding anniversary
baby shower
baby girl
baby boy
baby bump
new baby
movie premiere
movie trailer
movie night
movie studio
movie franchise
film premiere
film adaptation
film score
role model
concert venue
concert hall
concert ticket
song lyrics
song title
show host
show business
talk show host
series premiere
celebrity couple
celebrity chef
fashion industry
fashion line
fashion icon
beauty brand
beauty routine
book tour
book launch
book signing
book publisher
guest list
guest appearance
audience member
wedding planner
wedding venue
wedding guest
wedding photo
wedding ring
baby name
baby photo
photo shoot
release date
album release
tv show | fix
talk show | fix
awards show | fix
cooking show | fix
comedy show | fix
morning show | fix
late-night show | fix
live show
live music
live stream
live streaming
live broadcast
live coverage
live update
live performance | fix
live event
live audience
live concert
music festival
film festival
arts festival
food festival
festival season
title track
track list
debut album
music video
music industry
hit single
concert tour
box office hit
box office record
box office success
box office flop
box office revenue
movie review
cast list
"""

GENERAL = """
high school
high school student
high-quality
high-speed
high-profile
high-tech
high-end
high-rise
high level
high price
high temperature
high demand
high rate
high standard
school year
school district
school board
school student
school teacher
primary school
secondary school
public school
private school
middle school
elementary school
school bus
university student
college student
student loan
graduate student
teacher union
education system
higher education
education minister
training program
training camp
training session
training center
young people
many people
most people
local people
old people
elderly people
people's republic
children's hospital
young children
small children
family member
family home
family business
family friend
royal family
local community
community center
community leader
world population
city resident
local resident
home town
home country
nursing home
home owner
home office
last year
this year
next year
per year
a year ago
years ago
year ago
years old
year-old
a year earlier
new year
new year's eve
the year
every year
earlier this year
later this year
end of the year
calendar year
fiscal year
school year
previous year
today's
until today
a week ago
months ago
weeks ago
days ago
long time ago
decades ago
children's book
child care
child abuse
child support
child labor
family life
family vacation
women's rights
women's health
women's team
men's team
student visa
student body
student athlete
school closure
school holiday
school lunch
university degree
university professor
teacher training
education policy
education sector
training course
community service
community college
home page
home address
end date
end result
end user
studies suggest | x
research suggests | x
findings suggest | x
data suggest | x
history book
history teacher
history class
world history
human history
history museum
natural history
modern history
ancient history
military history
political history
art history
history professor
history lesson
history month
black history month
family history
make history | v
percent increase
percent decrease
percent drop
percent rise
percent stake
percent share
percent chance
hotel room
hotel guest
hotel chain
hotel industry
coffee shop
coffee bean
coffee maker
television channel
television station
television network
television show
television series
television presenter
"""

COLLOCATIONS: dict[str, tuple[str, str]] = {
    "news": (NEWS, "n"),
    "business": (BUSINESS, "n"),
    "tech": (TECH, "n"),
    "weather": (WEATHER, "n"),
    "health": (HEALTH, "n"),
    "legal": (LEGAL, "n"),
    "sports": (SPORTS, "n"),
    "entertainment": (ENTERTAINMENT, "n"),
    "general": (GENERAL, "n"),
}
