<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="132"/>
        <source>Accept an Invitation or a Reply</source>
        <translation>Accepter une invitation ou une réponse</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="134"/>
        <source>An invitation from the other delegation&apos;s secretariat loads its dialogue into this workspace or into a new one, and writes the reply to send back. The reply to an invitation made here completes the pairing.</source>
        <translation>Une invitation du secrétariat de l’autre délégation charge son dialogue dans cet espace de travail ou dans un nouveau, et écrit la réponse à lui renvoyer. La réponse à une invitation faite ici achève l’appariement.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="140"/>
        <source>for example Secrétariat français (needed for an invitation)</source>
        <translation>par exemple Secrétariat français (nécessaire pour une invitation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="142"/>
        <source>this workspace ({name})</source>
        <translation>cet espace de travail ({name})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="143"/>
        <source>a new workspace file</source>
        <translation>un nouveau fichier d’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="144"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espaces de travail Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="148"/>
        <source>Invitation or reply:</source>
        <translation>Invitation ou réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="149"/>
        <source>Accept an invitation into:</source>
        <translation>Accepter une invitation dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="150"/>
        <source>New workspace file:</source>
        <translation>Nouveau fichier d’espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="151"/>
        <source>Call the other secretariat:</source>
        <translation>Nom de l’autre secrétariat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="152"/>
        <source>Write the reply to:</source>
        <translation>Écrire la réponse dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="154"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="159"/>
        <source>Choose the invitation or the reply to accept.</source>
        <translation>Choisissez l’invitation ou la réponse à accepter.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="165"/>
        <source>Say where to make the new workspace, or accept into this one.</source>
        <translation>Indiquez où créer le nouvel espace de travail, ou acceptez dans celui-ci.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="165"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="169"/>
        <location filename="../../consult_app/ui/followup.py" line="183"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="169"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="173"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="179"/>
        <source>Joint — shared with the other delegation</source>
        <translation>Conjointe — partagée avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="179"/>
        <source>Internal — our own to-do</source>
        <translation>Interne — notre propre tâche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="181"/>
        <source>Assigned to:</source>
        <translation>Confiée à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="184"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="185"/>
        <source>Under commitment:</source>
        <translation>Au titre de l’engagement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="186"/>
        <source>Audience:</source>
        <translation>Diffusion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="77"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="108"/>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="112"/>
        <source>Joint</source>
        <translation>Conjointe</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="112"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="221"/>
        <source>All open</source>
        <translation>Toutes les actions en cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="222"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="223"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="224"/>
        <source>Due this month</source>
        <translation>À échéance ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="230"/>
        <source>Show done and cancelled</source>
        <translation>Afficher les actions faites et annulées</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="246"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="255"/>
        <source>Add Action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="256"/>
        <source>Mark Done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="235"/>
        <location filename="../../consult_app/ui/followup.py" line="316"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="254"/>
        <source>Edit Action…</source>
        <translation>Modifier l’action…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="269"/>
        <source>Nothing to show: Add Action… records a follow-up action; “Show” and “Show done and cancelled” widen the list.</source>
        <translation>Rien à afficher&#xa0;: «&#xa0;Ajouter une action…&#xa0;» enregistre une action de suivi&#xa0;; «&#xa0;Afficher&#xa0;» et «&#xa0;Afficher les actions faites et annulées&#xa0;» élargissent la liste.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="271"/>
        <source>Select a dialogue on the left to see its follow-up actions.</source>
        <translation>Choisissez un dialogue à gauche pour voir ses actions de suivi.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="288"/>
        <source>assigned to {name}</source>
        <translation>confiées à {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="290"/>
        <source>assigned to {name} — say who you are in Tools › Preferences</source>
        <translation>confiées à {name} — indiquez qui vous êtes dans Outils › Préférences</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="344"/>
        <source>Add action</source>
        <translation>Ajout d’une action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="326"/>
        <location filename="../../consult_app/ui/followup.py" line="335"/>
        <source>Edit action</source>
        <translation>Modification d’une action</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="260"/>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="263"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="264"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="265"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="266"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="267"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="268"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="269"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="270"/>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="271"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="285"/>
        <source>Add Item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="286"/>
        <source>Add Sub-item</source>
        <translation>Ajouter un sous-point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="287"/>
        <source>Add Break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="288"/>
        <source>Add Lunch</source>
        <translation>Ajouter le déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="289"/>
        <source>Add Day</source>
        <translation>Ajouter une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="291"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="292"/>
        <source>Open Commitment</source>
        <translation>Ouvrir l’engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="293"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="294"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="295"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="297"/>
        <source>Indent</source>
        <translation>Décaler à droite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="296"/>
        <source>Outdent</source>
        <translation>Décaler à gauche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="322"/>
        <source>Add a break, a lunch or a day</source>
        <translation>Ajouter une pause, un déjeuner ou une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="426"/>
        <source>Reviews a commitment: Enter or a double click opens it.</source>
        <translation>Examine un engagement&#xa0;: Entrée ou un double clic l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="428"/>
        <source>Internal notes: {text}</source>
        <translation>Notes internes&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="389"/>
        <source>{n} items · {start} – {end}</source>
        <translation>{n} points · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="391"/>
        <source>1 item over {days} days · ends {end}</source>
        <translation>1 point sur {days} jours · fin le {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="394"/>
        <source>the session lasts one day</source>
        <translation>la session dure un jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="394"/>
        <source>the session lasts {n} days</source>
        <translation>la session dure {n} jours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="395"/>
        <source>: change its dates or remove a day</source>
        <translation>&#xa0;: changez ses dates ou retirez une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="383"/>
        <source>No items yet: Add Item (Ctrl+Shift+N).</source>
        <translation>Aucun point pour l’instant&#xa0;: Ajouter un point (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="363"/>
        <source>No items yet: Add Item (Ctrl+Shift+N) puts the first one on the agenda.</source>
        <translation>Aucun point pour l’instant&#xa0;: «&#xa0;Ajouter un point&#xa0;» (Ctrl+Maj+N) inscrit le premier à l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="389"/>
        <source>1 item · {start} – {end}</source>
        <translation>1 point · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="391"/>
        <source>{n} items over {days} days · ends {end}</source>
        <translation>{n} points sur {days} jours · fin le {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="455"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="471"/>
        <source>A break, a lunch or a day heading cannot hold sub-items: select an agenda item first.</source>
        <translation>Une pause, un déjeuner ou un en-tête de journée ne peut pas avoir de sous-points&#xa0;: sélectionnez d’abord un point de l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="476"/>
        <source>New agenda item</source>
        <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="484"/>
        <source>Add agenda item</source>
        <translation>Ajout d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add lunch</source>
        <translation>Ajouter le déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="504"/>
        <source>Add day</source>
        <translation>Ajouter une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="523"/>
        <source>Edit agenda item</source>
        <translation>Modification d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="544"/>
        <source>Delete agenda item</source>
        <translation>Suppression d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="555"/>
        <source>Move agenda item</source>
        <translation>Déplacement d’un point de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="57"/>
        <source>Amend agreed minutes</source>
        <translation>Rectifier un procès-verbal approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="68"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="69"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="70"/>
        <source>New wording:</source>
        <translation>Nouvelle rédaction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="71"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="72"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="73"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="82"/>
        <source>Signed off for {party} by:</source>
        <translation>Approuvé pour {party} par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="84"/>
        <source>Amend</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="93"/>
        <source>say why the agreed minutes are amended.</source>
        <translation>dites pourquoi le procès-verbal adopté est rectifié.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="19"/>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="20"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="21"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="22"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="23"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="24"/>
        <source>Delegation member</source>
        <translation>Membre de délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="25"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="26"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="27"/>
        <source>Reaffirmation</source>
        <translation>Réaffirmation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="28"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="29"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="30"/>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="31"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="32"/>
        <source>Minutes amendment</source>
        <translation>Rectification du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="138"/>
        <source>Status of {ref}: {status}, {date}</source>
        <translation>État de {ref}&#xa0;: {status}, {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="145"/>
        <source>Measurement of {indicator}: {value}, {date}</source>
        <translation>Mesure de {indicator}&#xa0;: {value}, {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="151"/>
        <source>New follow-up action: “{what}”</source>
        <translation>Nouvelle action de suivi&#xa0;: «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="153"/>
        <source>Follow-up action deleted: “{what}”</source>
        <translation>Action de suivi supprimée&#xa0;: «&#xa0;{what}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="154"/>
        <source>Follow-up action “{what}”: {changes}</source>
        <translation>Action de suivi «&#xa0;{what}&#xa0;»&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="158"/>
        <source>New commitment {ref}</source>
        <translation>Nouvel engagement {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="160"/>
        <source>Commitment deleted: {ref}</source>
        <translation>Engagement supprimé&#xa0;: {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="161"/>
        <source>Commitment {ref}: {changes}</source>
        <translation>Engagement {ref}&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="165"/>
        <source>New agenda item “{title}”</source>
        <translation>Nouveau point de l’ordre du jour «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="167"/>
        <source>Agenda item deleted: “{title}”</source>
        <translation>Point de l’ordre du jour supprimé&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="168"/>
        <source>Agenda item “{title}”: {changes}</source>
        <translation>Point de l’ordre du jour «&#xa0;{title}&#xa0;»&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="171"/>
        <source>{what} added</source>
        <translation>{what}&#xa0;: ajout</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="173"/>
        <source>{what} deleted</source>
        <translation>{what}&#xa0;: suppression</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="174"/>
        <source>{what} changed: {changes}</source>
        <translation>{what}&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="180"/>
        <source>Packet {seq} from {name} ({when}): 1 change.</source>
        <translation>Paquet {seq} de {name} ({when})&#xa0;: 1 modification.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="181"/>
        <source>Packet {seq} from {name} ({when}): {n} changes.</source>
        <translation>Paquet {seq} de {name} ({when})&#xa0;: {n} modifications.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/changes.py" line="184"/>
        <source>It was already imported: nothing changed.</source>
        <translation>Il a déjà été importé&#xa0;: rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="53"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="53"/>
        <source>Commitment {ref}</source>
        <translation>Engagement {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="71"/>
        <location filename="../../consult_app/ui/commitments.py" line="222"/>
        <source>Supersede {ref}</source>
        <translation>Remplacer {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="72"/>
        <source>{ref} will end as superseded, linked to the new commitment below; its history stays.</source>
        <translation>{ref} prendra fin, remplacé par le nouvel engagement ci-dessous auquel il reste lié&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="77"/>
        <location filename="../../consult_app/ui/commitments.py" line="78"/>
        <source>Superseded on:</source>
        <translation>Remplacé le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="80"/>
        <source>For example: replaced by the text agreed at the 4th session</source>
        <translation>Par exemple&#xa0;: remplacé par le texte convenu à la 4e session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="81"/>
        <location filename="../../consult_app/ui/commitments.py" line="82"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="89"/>
        <location filename="../../consult_app/ui/commitments.py" line="97"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="92"/>
        <source>Pattern {pattern}; the next free one of {year} is {example}</source>
        <translation>Modèle {pattern}&#xa0;; la prochaine référence libre de {year} est {example}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="103"/>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="109"/>
        <source>Text [{lang}]:</source>
        <translation>Texte [{lang}]&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="110"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="112"/>
        <source>Why the text changes (kept in its history)</source>
        <translation>Pourquoi le texte change (conservé dans son historique)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="114"/>
        <location filename="../../consult_app/ui/commitments.py" line="115"/>
        <source>Reason for a change of text:</source>
        <translation>Motif d’un changement de texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="122"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="125"/>
        <source>All parties jointly</source>
        <translation>Toutes les parties conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="128"/>
        <location filename="../../consult_app/ui/commitments.py" line="129"/>
        <source>Responsible party:</source>
        <translation>Partie responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="131"/>
        <location filename="../../consult_app/ui/commitments.py" line="132"/>
        <source>Lead institution:</source>
        <translation>Institution pilote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="137"/>
        <location filename="../../consult_app/ui/commitments.py" line="142"/>
        <location filename="../../consult_app/ui/commitments.py" line="155"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="138"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="140"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} session ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="143"/>
        <source>Made at:</source>
        <translation>Pris à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="147"/>
        <location filename="../../consult_app/ui/commitments.py" line="149"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="147"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="156"/>
        <location filename="../../consult_app/ui/commitments.py" line="157"/>
        <source>Counterpart (quid pro quo):</source>
        <translation>Contrepartie (donnant-donnant)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="161"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interne — à nous seuls, jamais imprimé pour l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="191"/>
        <source>choose a party, or all parties jointly.</source>
        <translation>choisissez une partie, ou toutes les parties conjointement.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="228"/>
        <source>New commitment {ref}</source>
        <translation>Nouvel engagement {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="239"/>
        <source>Edit commitment {ref}</source>
        <translation>Modifier l’engagement {ref}</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="34"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="35"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="355"/>
        <source>Delete {ref}</source>
        <translation>Supprimer {ref}</translation>
    </message>
</context>
<context>
    <name>CreatingCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="32"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="27"/>
        <source>Select a dialogue first.</source>
        <translation>Choisissez d’abord un dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="49"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="63"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="69"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="75"/>
        <source>Parties and protocol names</source>
        <translation>Parties et noms protocolaires</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="73"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="73"/>
        <source>As of {date}.</source>
        <translation>Au {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="96"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="97"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="98"/>
        <source>At risk</source>
        <translation>Menacé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="99"/>
        <source>Due this month</source>
        <translation>Échéance ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="100"/>
        <source>Actions overdue</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="114"/>
        <source>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</source>
        <translation>Cet espace de travail ne contient encore aucun dialogue. Importez-en un avec Fichier › Importer un fichier d’échange JSON.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="116"/>
        <source>Commitments across dialogues</source>
        <translation>Les engagements de tous les dialogues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="126"/>
        <source>no status yet</source>
        <translation>pas encore d’état</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="130"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="140"/>
        <source>overdue since {date} (status: {status})</source>
        <translation>en retard depuis le {date} (état&#xa0;: {status})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="143"/>
        <source>… and {n} more overdue: open the register</source>
        <translation>… et {n} autres en retard&#xa0;: ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="149"/>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="151"/>
        <source>… and {n} more at risk: open the register</source>
        <translation>… et {n} autres menacés&#xa0;: ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="154"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="156"/>
        <source>… and {n} more actions overdue: open the follow-up</source>
        <translation>… et {n} autres actions en retard&#xa0;: ouvrir le suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="160"/>
        <source>Nothing is overdue or at risk in any dialogue.</source>
        <translation>Rien n’est en retard ni menacé, dans aucun dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="167"/>
        <source>Action: {description}</source>
        <translation>Action&#xa0;: {description}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="173"/>
        <source>Due this month ({month})</source>
        <translation>Échéances du mois ({month})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="180"/>
        <location filename="../../consult_app/ui/dashboard.py" line="182"/>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="185"/>
        <source>Nothing falls due this month.</source>
        <translation>Rien n’arrive à échéance ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="192"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="194"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="196"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="198"/>
        <source>under way: day {n} of {total}</source>
        <translation>en cours&#xa0;: jour {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="204"/>
        <source>Next sessions</source>
        <translation>Prochaines sessions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="207"/>
        <source>No session is planned: Dialogue › New Session prepares the next one.</source>
        <translation>Aucune session n’est prévue&#xa0;: Dialogue › Nouvelle session prépare la prochaine.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>{nth} session of {code}</source>
        <translation>{nth} session — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>{n} of 4 steps done</source>
        <translation>{n} étape(s) sur 4 faite(s)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="220"/>
        <source>Agenda agreed</source>
        <translation>Ordre du jour arrêté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="221"/>
        <source>Agenda not agreed yet (state: {state})</source>
        <translation>Ordre du jour pas encore arrêté (état&#xa0;: {state})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="226"/>
        <source>Delegations confirmed ({n} of {total})</source>
        <translation>Délégations confirmées ({n} sur {total})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="227"/>
        <source>Delegations: {n} of {total} confirmed</source>
        <translation>Délégations&#xa0;: {n} sur {total} confirmé(s)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="229"/>
        <source>No delegation yet: copy it from the previous session</source>
        <translation>Pas encore de délégation&#xa0;: reprenez celle de la session précédente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="234"/>
        <source>Brief printed {when}</source>
        <translation>Note ministérielle imprimée le {when}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="235"/>
        <source>Brief not printed yet</source>
        <translation>Note ministérielle pas encore imprimée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="237"/>
        <source>Minutes circulated</source>
        <translation>Procès-verbal transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="237"/>
        <source>Minutes not circulated yet</source>
        <translation>Procès-verbal pas encore transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="240"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="240"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="177"/>
        <source>Accept with an edit</source>
        <translation>Accepter avec une modification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="182"/>
        <source>Proposed:</source>
        <translation>Proposé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="180"/>
        <source>(delete the passage)</source>
        <translation>(supprimer le passage)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="183"/>
        <source>Accepted words:</source>
        <translation>Texte accepté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="186"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Joint Minutes</source>
        <translation>Procès-verbal conjoint</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Progress Tracker</source>
        <translation>Tableau de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="41"/>
        <source>Ministerial Brief</source>
        <translation>Note ministérielle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="47"/>
        <source>All dialogues</source>
        <translation>Tous les dialogues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="50"/>
        <source>Dialogue:</source>
        <translation>Dialogue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="61"/>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="63"/>
        <location filename="../../consult_app/ui/documents.py" line="72"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="65"/>
        <source>As of:</source>
        <translation>À la date du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="66"/>
        <source>Audience:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="58"/>
        <source>Joint edition (for the other delegation)</source>
        <translation>Édition conjointe (pour l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="59"/>
        <source>Internal edition (everything; not for the other delegation)</source>
        <translation>Édition interne (tout&#xa0;; ne pas communiquer à l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="78"/>
        <source>the dialogue&apos;s own marking</source>
        <translation>la mention propre au dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="79"/>
        <source>Marking:</source>
        <translation>Mention de classification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="82"/>
        <source>Generate</source>
        <translation>Produire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="106"/>
        <source>{nth} session — {date}</source>
        <translation>{nth} session — {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="116"/>
        <source>{a} and {b}, side by side</source>
        <translation>{a} et {b}, côte à côte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="126"/>
        <source>Not offered: documents are not printed in {languages}.</source>
        <translation>Non proposé&#xa0;: les documents ne sont pas imprimés en {languages}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="130"/>
        <source>Documents are not printed in {languages}: this dialogue&apos;s are printed in {fallback}.</source>
        <translation>Les documents ne sont pas imprimés en {languages}&#xa0;: ceux de ce dialogue le sont en {fallback}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="142"/>
        <source>Choose a session: this dialogue has none yet.</source>
        <translation>Choisissez une session&#xa0;: ce dialogue n’en a pas encore.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="15"/>
        <source>Send changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="15"/>
        <source>Change packets (*.packet)</source>
        <translation>Paquets de modifications (*.packet)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="26"/>
        <source>Wrote packet {seq} (1 change) to {path}.</source>
        <translation>Paquet {seq} (1 modification) écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <source>Wrote packet {seq} ({n} changes) to {path}.</source>
        <translation>Paquet {seq} ({n} modifications) écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <location filename="../../consult_app/ui/commands/exchange.py" line="45"/>
        <source>Receive changes</source>
        <translation>Recevoir des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Change packets (*.packet);;All files (*)</source>
        <translation>Paquets de modifications (*.packet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="48"/>
        <source>Changes from {name} imported.</source>
        <translation>Modifications de {name} importées.</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="216"/>
        <source>Exchange Partners</source>
        <translation>Partenaires d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="268"/>
        <source>Exchange partners</source>
        <translation>Partenaires d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="226"/>
        <source>Read the safety numbers to the person at the other end by telephone. A field copy: its Exchange Partners shows the same two numbers, this workspace&apos;s and its own; if they differ, do not exchange packets and make a new field copy. The other delegation&apos;s secretariat: compare the number in its row, the pair&apos;s, which both secretariats see alike; if it differs, do not exchange packets.</source>
        <translation>Lisez les numéros de sécurité à votre correspondant par téléphone. Une copie de terrain&#xa0;: ses Partenaires d’échange affichent les deux mêmes numéros, celui de cet espace de travail et le sien&#xa0;; s’ils diffèrent, n’échangez pas de paquets et créez une nouvelle copie de terrain. Le secrétariat de l’autre délégation&#xa0;: comparez le numéro de sa ligne, celui de la paire, que les deux secrétariats voient à l’identique&#xa0;; s’il diffère, n’échangez pas de paquets.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Packets sent / received</source>
        <translation>Paquets envoyés / reçus</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="267"/>
        <source>May change here</source>
        <translation>Peut modifier ici</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="244"/>
        <source>Invite the Other Secretariat…</source>
        <translation>Inviter l’autre secrétariat…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="245"/>
        <source>Accept Invitation or Reply…</source>
        <translation>Accepter une invitation ou une réponse…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="251"/>
        <source>Rotate My Keys…</source>
        <translation>Renouveler mes clés…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="254"/>
        <location filename="../../consult_app/ui/exchange.py" line="259"/>
        <source>Forget Partner…</source>
        <translation>Oublier le partenaire…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="275"/>
        <source>This workspace ({name}): safety number {number}</source>
        <translation>Cet espace de travail ({name})&#xa0;: numéro de sécurité {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>field copy</source>
        <translation>copie de terrain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="279"/>
        <source>other delegation&apos;s secretariat</source>
        <translation>secrétariat de l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="281"/>
        <source>status, measurements and follow-up actions of its dialogue</source>
        <translation>états, mesures et actions de suivi de son dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="282"/>
        <source>anything but history</source>
        <translation>tout sauf l’historique</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="283"/>
        <source>its own assessments, joint actions, proposals and comments, its sign-offs; versions while it holds the pen</source>
        <translation>ses propres évaluations, actions conjointes, propositions et commentaires, ses approbations&#xa0;; les versions quand il tient la plume</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="286"/>
        <source>paired before packets were signed</source>
        <translation>associé avant la signature des paquets</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="288"/>
        <source>{kind} of {dialogue}</source>
        <translation>{kind} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="289"/>
        <source>no key: make a new field copy</source>
        <translation>pas de clé&#xa0;: faites une nouvelle copie de terrain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="290"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="334"/>
        <source>Rotate My Keys</source>
        <translation>Renouveler mes clés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="336"/>
        <source>Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new safety number. Rotate again only after each partner has received a packet.</source>
        <translation>Créer de nouvelles clés pour cet espace de travail&#xa0;? Les partenaires les apprennent par le prochain paquet que vous envoyez à chacun&#xa0;; lisez-leur le nouveau numéro de sécurité. Ne les renouvelez à nouveau qu’après que chaque partenaire a reçu un paquet.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="345"/>
        <source>Choose the partner to forget in the list.</source>
        <translation>Choisissez dans la liste le partenaire à oublier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="349"/>
        <source>Forget Partner</source>
        <translation>Oublier le partenaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="351"/>
        <source>Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); to exchange with it again, make a new field copy.</source>
        <translation>Oublier {name}&#xa0;? Ses paquets seront désormais refusés (pour une copie de terrain perdue ou retirée)&#xa0;; pour échanger à nouveau avec lui, faites une nouvelle copie de terrain.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="20"/>
        <location filename="../../consult_app/ui/commands/files.py" line="50"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espaces de travail Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="26"/>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="29"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="29"/>
        <source>Consult workspaces (*.consult);;All files (*)</source>
        <translation>Espaces de travail Consult (*.consult);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="35"/>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="50"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="58"/>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="60"/>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="82"/>
        <source>Encrypting {name}</source>
        <translation>Chiffrement de {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="92"/>
        <source>Passphrase not remembered</source>
        <translation>Phrase secrète non mémorisée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="95"/>
        <source>Cannot encrypt</source>
        <translation>Chiffrement impossible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="119"/>
        <source>Import interchange JSON</source>
        <translation>Importer un JSON d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="119"/>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON d’échange (*.json)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="127"/>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="133"/>
        <location filename="../../consult_app/ui/commands/files.py" line="137"/>
        <source>Cannot import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="135"/>
        <source>Imported {codes}.</source>
        <translation>{codes} importé(s).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <source>Export interchange JSON</source>
        <translation>Exporter un JSON d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="147"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="149"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="150"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="156"/>
        <location filename="../../consult_app/ui/commands/files.py" line="171"/>
        <location filename="../../consult_app/ui/commands/files.py" line="199"/>
        <location filename="../../consult_app/ui/commands/files.py" line="213"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="171"/>
        <location filename="../../consult_app/ui/commands/files.py" line="199"/>
        <source>Select a session first: a Word export is the draft minutes of one session.</source>
        <translation>Choisissez d’abord une session&#xa0;: un export Word est le projet de procès-verbal d’une session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="178"/>
        <source>The language the draft minutes are written in, with their labels:</source>
        <translation>La langue dans laquelle le projet de procès-verbal est rédigé, avec ses intitulés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Draft Minutes for Word</source>
        <translation>Projet de procès-verbal pour Word</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="179"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="215"/>
        <source>Exporting to {name}</source>
        <translation>Export vers {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="216"/>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="216"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="31"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="45"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="28"/>
        <source>Consult partner files (*.consult-partner);;All files (*)</source>
        <translation>Fichiers de partenaire Consult (*.consult-partner);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="360"/>
        <source>Chart of the indicator</source>
        <translation>Graphique de l’indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="379"/>
        <source>Select an indicator above to see its baseline, measurements and target.</source>
        <translation>Choisissez un indicateur ci-dessus pour voir sa référence, ses mesures et sa cible.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="387"/>
        <source>No measurements yet.</source>
        <translation>Aucune mesure pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="400"/>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="488"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="488"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="508"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="511"/>
        <location filename="../../consult_app/ui/followup.py" line="512"/>
        <source>Commitment:</source>
        <translation>Engagement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="521"/>
        <source>Name [{lang}]:</source>
        <translation>Nom [{lang}]&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="522"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="538"/>
        <source>Up is good — the figure should rise</source>
        <translation>Hausse souhaitée — le chiffre doit augmenter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="539"/>
        <source>Down is good — the figure should fall</source>
        <translation>Baisse souhaitée — le chiffre doit diminuer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="548"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="549"/>
        <source>Baseline:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="550"/>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="551"/>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="552"/>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="553"/>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="561"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="576"/>
        <source>choose the commitment the figure measures.</source>
        <translation>choisissez l’engagement que le chiffre mesure.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="608"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="620"/>
        <source>Edit indicator</source>
        <translation>Modifier l’indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="642"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="653"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="654"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="662"/>
        <source>New Indicator…</source>
        <translation>Nouvel indicateur…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="663"/>
        <source>Edit Indicator…</source>
        <translation>Modifier l’indicateur…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="664"/>
        <source>Add Measurement…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="693"/>
        <source>No indicator yet: New Indicator… ties a figure (baseline, target, which way is good) to a commitment.</source>
        <translation>Aucun indicateur pour l’instant&#xa0;: Nouvel indicateur… associe un chiffre (référence, cible, sens souhaité) à un engagement.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="694"/>
        <source>No measurement yet: Add Measurement… records one, with its source.</source>
        <translation>Aucune mesure pour l’instant&#xa0;: «&#xa0;Ajouter une mesure…&#xa0;» en enregistre une, avec sa source.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="707"/>
        <source>↑ up is good</source>
        <translation>↑ hausse souhaitée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="707"/>
        <source>↓ down is good</source>
        <translation>↓ baisse souhaitée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="746"/>
        <source>Joint</source>
        <translation>Conjointe</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="746"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="640"/>
        <location filename="../../consult_app/ui/followup.py" line="776"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="96"/>
        <source>Invite the Other Secretariat</source>
        <translation>Inviter l’autre secrétariat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="98"/>
        <source>The invitation holds the dialogue&apos;s joint view (nothing internal) and this workspace&apos;s public keys. Send it to the other delegation&apos;s secretariat; it accepts it in Consult and sends back a reply, which you accept here.</source>
        <translation>L’invitation contient la vue conjointe du dialogue (rien d’interne) et les clés publiques de cet espace de travail. Envoyez-la au secrétariat de l’autre délégation&#xa0;; il l’accepte dans Consult et renvoie une réponse, que vous acceptez ici.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="105"/>
        <source>for example Secrétariat malien</source>
        <translation>par exemple Secrétariat malien</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Dialogue:</source>
        <translation>Dialogue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Call the other secretariat:</source>
        <translation>Nom de l’autre secrétariat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="107"/>
        <source>Write the invitation to:</source>
        <translation>Écrire l’invitation dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="108"/>
        <source>Write Invitation</source>
        <translation>Écrire l’invitation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="112"/>
        <source>Every dialogue of this workspace is paired already, or has one party only.</source>
        <translation>Chaque dialogue de cet espace de travail est déjà apparié, ou n’a qu’une partie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="115"/>
        <source>Say where to write the invitation.</source>
        <translation>Indiquez où écrire l’invitation.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="63"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="67"/>
        <source>Joint — agreed: the title, kind and timing stay as agreed</source>
        <translation>Conjoint — adopté&#xa0;: le titre, la nature et l’horaire restent tels qu’ils ont été approuvés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="82"/>
        <source>Joint — shared with the counterpart</source>
        <translation>Conjoint — partagé avec l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="97"/>
        <source>Title [{lang}]:</source>
        <translation>Titre [{lang}]&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="98"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="104"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="105"/>
        <location filename="../../consult_app/ui/agenda.py" line="107"/>
        <location filename="../../consult_app/ui/agenda.py" line="110"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="106"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="108"/>
        <source>Lead party:</source>
        <translation>Partie pilote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="112"/>
        <source>Presenter:</source>
        <translation>Intervenant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="120"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="122"/>
        <location filename="../../consult_app/ui/agenda.py" line="123"/>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="125"/>
        <source>Day starts at:</source>
        <translation>Début de la journée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="137"/>
        <source>(a commitment no longer in the register)</source>
        <translation>(un engagement qui n’est plus au registre)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="88"/>
        <source>Reviews:</source>
        <translation>Examine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="142"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interne — à nous seuls, jamais imprimé pour l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="150"/>
        <source>Objective:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="151"/>
        <source>Background:</source>
        <translation>Contexte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="152"/>
        <source>Lines to take:</source>
        <translation>Éléments de langage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="153"/>
        <source>They will ask:</source>
        <translation>Demandes attendues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="154"/>
        <source>Red lines:</source>
        <translation>Lignes rouges&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="15"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="16"/>
        <source>Agenda agreed</source>
        <translation>Ordre du jour arrêté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="17"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="18"/>
        <source>Minutes agreed</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="21"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="22"/>
        <source>Circulated to the counterpart</source>
        <translation>Transmis à l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="23"/>
        <source>Agreed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="26"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="28"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="29"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="30"/>
        <source>Review of commitments</source>
        <translation>Revue des engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="31"/>
        <source>Any other business</source>
        <translation>Questions diverses</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="32"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="33"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="34"/>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="35"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="40"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="44"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="44"/>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="47"/>
        <source>dialogue</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="48"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="49"/>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="50"/>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="51"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="52"/>
        <source>status note</source>
        <translation>note d’état</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="53"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="54"/>
        <source>follow-up action</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="58"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="59"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="60"/>
        <source>At risk</source>
        <translation>Menacé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="61"/>
        <source>Off track</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="62"/>
        <source>Completed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="63"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="64"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="65"/>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="66"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="71"/>
        <source>Ministerial</source>
        <translation>Ministériel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="72"/>
        <source>Senior officials</source>
        <translation>Hauts fonctionnaires</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="73"/>
        <source>Technical working group</source>
        <translation>Groupe de travail technique</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="76"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="80"/>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="80"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="230"/>
        <source>Day {n} — {date}</source>
        <translation>Jour {n} — {date}</translation>
    </message>
</context>
<context>
    <name>LogStatusDialog</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="277"/>
        <source>Log status — {ref}</source>
        <translation>Noter l’état — {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="297"/>
        <source>Share the note and evidence with the other delegation</source>
        <translation>Partager la note et la preuve avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="302"/>
        <source>This commitment is internal: nothing about it is shared.</source>
        <translation>Cet engagement est interne&#xa0;: rien de ce qui le concerne n’est partagé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="303"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="304"/>
        <location filename="../../consult_app/ui/register.py" line="305"/>
        <source>Effective date:</source>
        <translation>Date d’effet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="306"/>
        <location filename="../../consult_app/ui/register.py" line="307"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="308"/>
        <location filename="../../consult_app/ui/register.py" line="309"/>
        <source>Evidence:</source>
        <translation>Justificatif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="313"/>
        <source>Log status</source>
        <translation>Noter l’état</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="85"/>
        <location filename="../../consult_app/ui/main_window.py" line="88"/>
        <source>Dialogues and sessions</source>
        <translation>Dialogues et sessions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="94"/>
        <location filename="../../consult_app/ui/main_window.py" line="101"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="100"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="103"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="126"/>
        <source>Consult — {name}</source>
        <translation>Consult — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="127"/>
        <location filename="../../consult_app/ui/main_window.py" line="145"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="128"/>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="128"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="146"/>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="294"/>
        <source>{nth} session — {dates}, {venue}</source>
        <translation>{nth} session — {dates}, {venue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="279"/>
        <source>&lt;p&gt;This workspace has no dialogues yet. Import one with File › Import Interchange JSON.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet espace de travail n’a pas encore de dialogue. Importez-en un avec Fichier › Importer un JSON d’échange.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="418"/>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="430"/>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="438"/>
        <source>Share the value and its source with the other delegation</source>
        <translation>Partager la valeur et sa source avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="441"/>
        <location filename="../../consult_app/ui/followup.py" line="442"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="446"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="459"/>
        <source>Value ({unit}):</source>
        <translation>Valeur ({unit})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="447"/>
        <location filename="../../consult_app/ui/followup.py" line="448"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="89"/>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="106"/>
        <source>Head of delegation (co-chair)</source>
        <translation>Chef de délégation (coprésident)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="108"/>
        <source>Attendance confirmed</source>
        <translation>Présence confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="112"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="113"/>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="114"/>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="115"/>
        <source>Party:</source>
        <translation>Partie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="116"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="48"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="49"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="50"/>
        <source>&amp;Dialogue</source>
        <translation>&amp;Dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="51"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="52"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>&amp;About Consult</source>
        <translation>À &amp;propos de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="60"/>
        <source>&amp;Next View</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="61"/>
        <source>&amp;Previous View</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="66"/>
        <source>Next &amp;Pane</source>
        <translation>&amp;Zone suivante</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="67"/>
        <source>Previous P&amp;ane</source>
        <translation>Z&amp;one précédente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="71"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="72"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="74"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="75"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="77"/>
        <source>Send C&amp;hanges…</source>
        <translation>Envoyer des &amp;modifications…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="78"/>
        <source>Recei&amp;ve Changes…</source>
        <translation>Rece&amp;voir des modifications…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="79"/>
        <source>Exchange &amp;Partners…</source>
        <translation>&amp;Partenaires d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="81"/>
        <source>&amp;Import Interchange JSON…</source>
        <translation>&amp;Importer un JSON d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="82"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="88"/>
        <source>Interchange &amp;JSON…</source>
        <translation>&amp;JSON d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="89"/>
        <source>Register as &amp;CSV…</source>
        <translation>Registre en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="90"/>
        <source>&amp;Actions as CSV…</source>
        <translation>&amp;Actions en CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="91"/>
        <source>E&amp;xcel Workbook…</source>
        <translation>Classeur E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="92"/>
        <source>Draft Minutes for &amp;Word…</source>
        <translation>Projet de procès-verbal pour &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="93"/>
        <source>Ca&amp;lendar (iCalendar)…</source>
        <translation>Ca&amp;lendrier (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="96"/>
        <source>I&amp;nternal Edition (Not for the Other Delegation)</source>
        <translation>Édition i&amp;nterne (ne pas communiquer à l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="101"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="103"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="108"/>
        <source>&amp;Search Workspace…</source>
        <translation>&amp;Rechercher dans l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="112"/>
        <source>New &amp;Dialogue…</source>
        <translation>Nouveau &amp;dialogue…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="114"/>
        <source>New &amp;Session…</source>
        <translation>Nouvelle &amp;session…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="115"/>
        <source>New &amp;Commitment…</source>
        <translation>Nouvel &amp;engagement…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="117"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Noter un état…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="118"/>
        <source>&amp;Parties and Protocol Names…</source>
        <translation>&amp;Parties et noms protocolaires…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="120"/>
        <source>&amp;Missing Translations…</source>
        <translation>&amp;Traductions manquantes…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="125"/>
        <source>Joint &amp;Minutes…</source>
        <translation>&amp;Procès-verbal conjoint…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="126"/>
        <source>Progress &amp;Tracker…</source>
        <translation>&amp;Tableau de suivi…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="127"/>
        <source>Ministerial &amp;Brief…</source>
        <translation>&amp;Note ministérielle…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="133"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="134"/>
        <source>&amp;People Directory…</source>
        <translation>&amp;Annuaire des personnes…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="136"/>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Vérifier l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="137"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="138"/>
        <source>Take a &amp;Snapshot Now</source>
        <translation>Prendre un &amp;instantané maintenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="140"/>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="141"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="131"/>
        <location filename="../../consult_app/ui/minutes.py" line="155"/>
        <source>Amend…</source>
        <translation>Rectifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="134"/>
        <location filename="../../consult_app/ui/minutes.py" line="157"/>
        <source>Add Follow-up Action…</source>
        <translation>Ajouter une action de suivi…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="141"/>
        <source>An action recorded in the minutes is joint: shared with the other delegation.</source>
        <translation>Une action consignée au procès-verbal est conjointe&#xa0;: partagée avec l’autre délégation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="164"/>
        <location filename="../../consult_app/ui/minutes.py" line="275"/>
        <source>Joint record — shared with the counterpart</source>
        <translation>Relevé conjoint — partagé avec l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="166"/>
        <location filename="../../consult_app/ui/minutes.py" line="168"/>
        <source>Our notes — internal</source>
        <translation>Nos notes — internes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="179"/>
        <source>Sign Off Amendment…</source>
        <translation>Approuver l’amendement…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="230"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="182"/>
        <location filename="../../consult_app/ui/minutes.py" line="231"/>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="144"/>
        <source>These minutes are agreed: they keep the follow-up actions as agreed; an action added or changed now is followed up, not printed in them.</source>
        <translation>Ce procès-verbal est approuvé&#xa0;: il garde les actions de suivi telles qu’approuvées&#xa0;; une action ajoutée ou modifiée maintenant est suivie, mais n’y figure pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="152"/>
        <source>Agenda items of the minutes</source>
        <translation>Points du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="209"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="228"/>
        <source>Proposals and amendments</source>
        <translation>Propositions et amendements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="269"/>
        <source>Joint record — agreed, read-only: use Amend… to change it</source>
        <translation>Relevé conjoint — approuvé, en lecture seule&#xa0;: utilisez Rectifier… pour le modifier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="272"/>
        <source>Joint record — circulated by {party}, who holds the pen: propose changes below</source>
        <translation>Texte conjoint — transmis par {party}, qui tient la plume&#xa0;: proposez vos modifications ci-dessous</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="282"/>
        <source>minutes written</source>
        <translation>procès-verbal rédigé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="298"/>
        <source>This session has no agenda yet: add items in the Agenda view, then write their minutes here.</source>
        <translation>Cette session n’a pas encore d’ordre du jour&#xa0;: ajoutez des points dans la vue Ordre du jour, puis rédigez ici leur procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="306"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="306"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="339"/>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="339"/>
        <source>awaiting sign-off</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="340"/>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="349"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rectifications&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="351"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;: none. Once the minutes are agreed, they change only by an amendment (Amend…).</source>
        <translation>&lt;b&gt;Rectifications&lt;/b&gt;&#xa0;: aucune. Une fois adopté, le procès-verbal ne change que par une rectification (Rectifier…).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="357"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="391"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="417"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
</context>
<context>
    <name>NavigationCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="37"/>
        <source>Select a session first: the Session, Agenda and Minutes views show one session.</source>
        <translation>Choisissez d’abord une session&#xa0;: les vues Session, Ordre du jour et Procès-verbal montrent une session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="114"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="114"/>
        <source>This is no longer in the workspace.</source>
        <translation>Ceci n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="162"/>
        <location filename="../../consult_app/ui/commands/navigation.py" line="187"/>
        <source>Missing translations</source>
        <translation>Traductions manquantes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="162"/>
        <source>Select a dialogue first.</source>
        <translation>Choisissez d’abord un dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>Missing translations — {code}</source>
        <translation>Traductions manquantes — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Dialogue name</source>
        <translation>Nom du dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="170"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="172"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="173"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="174"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="175"/>
        <source>conclusions</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="176"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="180"/>
        <source>1 joint text lacks a working language.</source>
        <translation>1 texte conjoint sans l’une des langues de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="180"/>
        <source>{n} joint texts lack a working language.</source>
        <translation>{n} textes conjoints sans l’une des langues de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="182"/>
        <source>Every joint text is in every working language.</source>
        <translation>Chaque texte conjoint existe dans chaque langue de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="190"/>
        <source>{kind} {label} — {field}: missing in [{lang}]</source>
        <translation>{kind} {label} — {field}&#xa0;: manquant en [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="197"/>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="424"/>
        <source>New dialogue</source>
        <translation>Nouveau dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="432"/>
        <source>One party a line, code then name; ours first:
FR France
ML Mali</source>
        <translation>Une partie par ligne, code puis nom&#xa0;; la nôtre en premier&#xa0;:
FR France
ML Mali</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="435"/>
        <source>Standing themes, one a line, code then title:
FLUX Co-management of migration flows</source>
        <translation>Thèmes permanents, un par ligne, code puis titre&#xa0;:
FLUX Cogestion des flux migratoires</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="439"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Working languages:</source>
        <translation>Langues de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Name (first language):</source>
        <translation>Nom (première langue)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="442"/>
        <source>Parties:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="443"/>
        <source>Standing themes:</source>
        <translation>Thèmes permanents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="444"/>
        <source>Classification:</source>
        <translation>Classification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="464"/>
        <source>use language codes separated by commas, for example fr, en.</source>
        <translation>indiquez des codes de langue séparés par des virgules, par exemple fr, en.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="407"/>
        <source>New session — {nth}</source>
        <translation>Nouvelle session — {nth}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="23"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="32"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/notices.py" line="33"/>
        <source>Dismiss the notices</source>
        <translation>Masquer les avis</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="33"/>
        <source> (home)</source>
        <translation> (nous)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="35"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="36"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="37"/>
        <source>Cadence</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="38"/>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="39"/>
        <source>Founding instrument</source>
        <translation>Instrument fondateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="40"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="41"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>Co-chairs</source>
        <translation>Coprésidents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="47"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="49"/>
        <source>Standing themes</source>
        <translation>Thèmes permanents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="49"/>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="82"/>
        <source>{nth} session of the {name}</source>
        <translation>{nth} session — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="83"/>
        <source>host: {name}</source>
        <translation>hôte&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="84"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>État&#xa0;: {state} · procès-verbal&#xa0;: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="87"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="102"/>
        <source>attendance to confirm</source>
        <translation>présence à confirmer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="116"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
</context>
<context>
    <name>Pairing</name>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="175"/>
        <source>Invitation for {name} written to {path}: the safety number of this workspace is {number}.</source>
        <translation>Invitation pour {name} écrite dans {path}&#xa0;: le numéro de sécurité de cet espace de travail est {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="179"/>
        <source>Paired with {name} on {code}: {workspace} is open, with the joint record. Send {path} back to {name}. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Apparié avec {name} pour {code}&#xa0;: {workspace} est ouvert, avec le dossier conjoint. Renvoyez {path} à {name}. Empreinte de la paire, à comparer par téléphone&#xa0;: {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="185"/>
        <source>Paired with {name} on {code}. Send {path} back to {name}. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Apparié avec {name} pour {code}. Renvoyez {path} à {name}. Empreinte de la paire, à comparer par téléphone&#xa0;: {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/pairing.py" line="188"/>
        <source>Paired with {name} on {code}: packets between you carry joint content only. Pair fingerprint, to compare by telephone: {number}.</source>
        <translation>Apparié avec {name} pour {code}&#xa0;: les paquets entre vous ne portent que du contenu conjoint. Empreinte de la paire, à comparer par téléphone&#xa0;: {number}.</translation>
    </message>
</context>
<context>
    <name>PartyNamesDialog</name>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="32"/>
        <source>Parties and protocol names of {code}</source>
        <translation>Parties et noms protocolaires de {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="36"/>
        <source>Short name:</source>
        <translation>Nom court&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="37"/>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="38"/>
        <source>Formal name:</source>
        <translation>Nom officiel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="39"/>
        <source>Article of the formal name:</source>
        <translation>Article du nom officiel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="40"/>
        <source>Adjective of the delegation:</source>
        <translation>Adjectif de la délégation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="43"/>
        <source>How the documents name each party. A language whose forms are all empty prints the plain name.</source>
        <translation>Comment les documents nomment chaque partie. Une langue dont toutes les formes sont vides imprime le nom usuel.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="50"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="54"/>
        <source>Plain name:</source>
        <translation>Nom usuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="70"/>
        <source>The minutes print:</source>
        <translation>Le procès-verbal imprime&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/parties.py" line="161"/>
        <source>Protocol names of {parties}</source>
        <translation>Noms protocolaires de {parties}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="177"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="178"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="181"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="184"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="189"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>Save document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="201"/>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="203"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="217"/>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="217"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="121"/>
        <source>People directory</source>
        <translation>Annuaire des personnes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="123"/>
        <source>Find by name, party, function or organisation — accents and case do not matter</source>
        <translation>Chercher par nom, partie, fonction ou organisme — accents et majuscules indifférents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="125"/>
        <source>Find people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="129"/>
        <source>People of every party</source>
        <translation>Les personnes de toutes les parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>E-mail (internal)</source>
        <translation>Courriel (interne)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="131"/>
        <source>Phone (internal)</source>
        <translation>Téléphone (interne)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="143"/>
        <source>Add Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="144"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="145"/>
        <source>Remove from Directory</source>
        <translation>Retirer de l’annuaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="150"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="195"/>
        <source>No one yet: Add Person… puts someone of either party in the directory.</source>
        <translation>Personne pour l&apos;instant&#xa0;: Ajouter une personne… inscrit quelqu&apos;un de l&apos;une ou l&apos;autre partie dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="213"/>
        <source>{n} of {total} people</source>
        <translation>{n} personne(s) sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="244"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="253"/>
        <source>Edit person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="265"/>
        <source>Remove person</source>
        <translation>Retirer une personne</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="61"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="61"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="68"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="69"/>
        <source>Party:</source>
        <translation>Partie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="70"/>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="71"/>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="74"/>
        <source>Contact details — internal, never printed for the other delegation</source>
        <translation>Coordonnées — internes, jamais imprimées pour l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="79"/>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="277"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="287"/>
        <source>as it should appear as the author of a status</source>
        <translation>tel qu’il doit apparaître comme auteur d’un état</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="292"/>
        <source>Who uses Consult on this computer: the author of the statuses you record, and whose actions the Follow-up view shows under &quot;Mine&quot;.</source>
        <translation>Qui utilise Consult sur cet ordinateur&#xa0;: l’auteur des états que vous consignez, et la personne dont la vue Suivi montre les actions sous «&#xa0;Les miennes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="297"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="298"/>
        <source>Party:</source>
        <translation>Partie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="299"/>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="334"/>
        <source>Cannot save your preferences: {reason}.</source>
        <translation>Impossible d’enregistrer vos préférences&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="256"/>
        <source>Proposals on the minutes</source>
        <translation>Propositions sur le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="255"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="263"/>
        <source>Propose…</source>
        <translation>Proposer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="264"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="265"/>
        <source>Accept with Edit…</source>
        <translation>Accepter avec modification…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="266"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="267"/>
        <source>Circulate Next Version</source>
        <translation>Transmettre la version suivante</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="268"/>
        <source>Sign Off…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="287"/>
        <source>Compare version</source>
        <translation>Comparer la version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="290"/>
        <source>Compare from version</source>
        <translation>Comparer à partir de la version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="293"/>
        <source>Compare to version</source>
        <translation>Comparer avec la version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="295"/>
        <source>with version</source>
        <translation>avec la version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="303"/>
        <source>Changes between the two versions</source>
        <translation>Modifications entre les deux versions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="330"/>
        <source>Circulated before Consult kept versions: circulate them to freeze version 1, with its hash, before proposals and sign-offs.</source>
        <translation>Transmis avant que Consult ne conserve les versions&#xa0;: transmettez-le pour figer la version 1, avec son empreinte, avant toute proposition ou approbation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="332"/>
        <source>Agreed before Consult kept versions: the record held here is the agreed text; any change goes through Amend…</source>
        <translation>Approuvé avant que Consult ne conserve les versions&#xa0;: le texte enregistré est le relevé approuvé&#xa0;; toute modification passe par Rectifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="366"/>
        <source>«{passage}» → «{text}»</source>
        <translation>«&#xa0;{passage}&#xa0;» → «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="367"/>
        <source>after «{passage}»: «{text}»</source>
        <translation>après «&#xa0;{passage}&#xa0;»&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="368"/>
        <source>delete «{passage}»</source>
        <translation>supprimer «&#xa0;{passage}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="369"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="371"/>
        <source>accepted as: «{text}»</source>
        <translation>acceptée ainsi&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="334"/>
        <source>Not circulated yet: circulating freezes the joint texts as version 1, with their hash.</source>
        <translation>Pas encore transmis&#xa0;: la transmission fige les textes conjoints en version 1, avec leur empreinte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="336"/>
        <source>Agreed: version {n}, SHA-256 {hash}; signed off by {names}.</source>
        <translation>Approuvé&#xa0;: version {n}, SHA-256 {hash}&#xa0;; approuvé par {names}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="338"/>
        <source>Version {n} circulated by {party}, SHA-256 {hash}.</source>
        <translation>Version {n} transmise par {party}, SHA-256 {hash}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="342"/>
        <source>Signed off so far by {names}.</source>
        <translation>Approuvé à ce jour par {names}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="392"/>
        <source>Two circulated versions are compared here.</source>
        <translation>Deux versions transmises se comparent ici.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="401"/>
        <source>No text differs between the two versions.</source>
        <translation>Aucun texte ne diffère entre les deux versions.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="408"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="408"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="412"/>
        <source>Deleted:</source>
        <translation>Supprimé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="412"/>
        <source>Inserted:</source>
        <translation>Inséré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="450"/>
        <location filename="../../consult_app/ui/negotiation.py" line="469"/>
        <source>Choose a proposal in the list first.</source>
        <translation>Choisissez d’abord une proposition dans la liste.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="459"/>
        <source>Proposals are made on circulated minutes.</source>
        <translation>Les propositions portent sur un procès-verbal transmis.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="75"/>
        <source>Propose a change</source>
        <translation>Proposer une modification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="42"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="43"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Replace a passage</source>
        <translation>Remplacer un passage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Insert after a passage</source>
        <translation>Insérer après un passage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="82"/>
        <source>Delete a passage</source>
        <translation>Supprimer un passage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="83"/>
        <source>Comment only</source>
        <translation>Commentaire seulement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="93"/>
        <source>Item:</source>
        <translation>Point&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="94"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="95"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="96"/>
        <source>As circulated:</source>
        <translation>Tel que transmis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="97"/>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="98"/>
        <source>Passage:</source>
        <translation>Passage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="99"/>
        <source>New words:</source>
        <translation>Nouveau texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="100"/>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="101"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="109"/>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="114"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="83"/>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="83"/>
        <source>Protect with a Passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="86"/>
        <source>{name} and its snapshots will be encrypted with this passphrase; Consult asks for it each time it opens the file.</source>
        <translation>{name} et ses instantanés seront chiffrés avec cette phrase secrète&#xa0;; Consult la demandera à chaque ouverture du fichier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="90"/>
        <source>New passphrase (at least 8 characters; several words are best):</source>
        <translation>Nouvelle phrase secrète (au moins 8 caractères&#xa0;; plusieurs mots, c’est mieux)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="93"/>
        <source>The same again:</source>
        <translation>Une seconde fois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="96"/>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="100"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="105"/>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Une phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
</context>
<context>
    <name>ReaffirmDialog</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="324"/>
        <source>Reaffirm {ref}</source>
        <translation>Réaffirmer {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="331"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} session ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="334"/>
        <source>(no later session yet: create it first)</source>
        <translation>(aucune session ultérieure&#xa0;: créez-la d’abord)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="335"/>
        <source>Reaffirmed at:</source>
        <translation>Réaffirmé à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="336"/>
        <source>Reaffirm</source>
        <translation>Réaffirmer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="343"/>
        <source>there is no later session of this dialogue yet.</source>
        <translation>ce dialogue n’a pas encore de session ultérieure.</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="103"/>
        <source>Receive Changes — {name}</source>
        <translation>Recevoir des modifications — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="112"/>
        <source>Changes in the packet</source>
        <translation>Modifications du paquet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="114"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="120"/>
        <source>Conflicts to decide</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Original</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="122"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="128"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="147"/>
        <source>This packet changes nothing: it only tells which of our packets arrived there.</source>
        <translation>Ce paquet ne modifie rien&#xa0;: il indique seulement lesquels de nos paquets sont arrivés.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="158"/>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="160"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="161"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="204"/>
        <source>Some conflicts are still undecided; nothing was written.</source>
        <translation>Certains conflits ne sont pas tranchés&#xa0;; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="56"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="57"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="58"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="59"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="60"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="61"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="63"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="124"/>
        <source>Withdrawn on {date}</source>
        <translation>Retiré le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="124"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="128"/>
        <source>Superseded by {ref} on {date}</source>
        <translation>Remplacé par {ref} le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="129"/>
        <source>Superseded on {date}</source>
        <translation>Remplacé le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="140"/>
        <source>{status} — but overdue since {date}</source>
        <translation>{status} — mais en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="141"/>
        <source>{status} — overdue since {date}</source>
        <translation>{status} — en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="152"/>
        <source>Jointly</source>
        <translation>Conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="171"/>
        <source>[decision] </source>
        <translation>[décision] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="173"/>
        <source>[internal] </source>
        <translation>[interne] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="187"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="413"/>
        <source>Search the register (Ctrl+F)</source>
        <translation>Rechercher dans le registre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="427"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="452"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Noter un état…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="382"/>
        <location filename="../../consult_app/ui/register.py" line="497"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="414"/>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="437"/>
        <source>&amp;Party</source>
        <translation>&amp;Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="438"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="439"/>
        <source>Stat&amp;us</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="440"/>
        <source>&amp;Made at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="351"/>
        <source>Commitment details</source>
        <translation>Détail de l’engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="451"/>
        <source>&amp;Edit Commitment…</source>
        <translation>&amp;Modifier l’engagement…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="453"/>
        <source>&amp;Reaffirm…</source>
        <translation>&amp;Réaffirmer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="454"/>
        <source>&amp;Supersede…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="455"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="456"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="457"/>
        <source>Add &amp;Indicator…</source>
        <translation>Ajouter un &amp;indicateur…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="458"/>
        <source>Add &amp;Measurement…</source>
        <translation>Ajouter une me&amp;sure…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="459"/>
        <source>&amp;Copy Reference</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="515"/>
        <source>Jointly</source>
        <translation>Conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="521"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="531"/>
        <source>No commitment yet: Dialogue › New Commitment… (Ctrl+Alt+C) records one.</source>
        <translation>Aucun engagement pour l’instant&#xa0;: Dialogue › Nouvel engagement… (Ctrl+Alt+C) en enregistre un.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="533"/>
        <source>Select a dialogue on the left to see its commitments.</source>
        <translation>Choisissez un dialogue à gauche pour voir ses engagements.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="546"/>
        <source>As of {date}: {shown} of {total} commitments shown, {overdue} overdue. Statuses count the events dated up to that day.</source>
        <translation>Au {date}&#xa0;: {shown} engagements affichés sur {total}, {overdue} en retard. Les états comptent les événements datés jusqu’à ce jour.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="552"/>
        <source>Select a commitment to see its texts, lineage, indicators and status history. Enter edits it; Ctrl+L logs its status.</source>
        <translation>Choisissez un engagement pour voir ses textes, sa filiation, ses indicateurs et l’historique de ses états. Entrée le modifie&#xa0;; Ctrl+L note son état.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="699"/>
        <source>Decision of the session</source>
        <translation>Décision de la session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="702"/>
        <source>Internal: never printed for the counterpart.</source>
        <translation>Interne&#xa0;: jamais imprimé pour l’autre partie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="707"/>
        <source>Superseded by {ref} on {date}: {reason}</source>
        <translation>Remplacé par {ref} le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="709"/>
        <source>Superseded on {date}: {reason}</source>
        <translation>Remplacé le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="711"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Retiré le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="716"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="726"/>
        <source>made at the {nth} session</source>
        <translation>pris à la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="729"/>
        <source>reaffirmed at the {nth}</source>
        <translation>réaffirmé à la {nth}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="730"/>
        <source>supersedes</source>
        <translation>remplace</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="730"/>
        <source>counterpart</source>
        <translation>contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="737"/>
        <source>superseded by {ref}</source>
        <translation>remplacé par {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="738"/>
        <source>Lineage</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="747"/>
        <source>up is good</source>
        <translation>hausse souhaitée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="747"/>
        <source>down is good</source>
        <translation>baisse souhaitée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="760"/>
        <source>Changes of the text</source>
        <translation>Modifications du texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="760"/>
        <source>was:</source>
        <translation>avant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="774"/>
        <source>Status timeline</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="778"/>
        <source>No status logged yet: Ctrl+L logs the first one (it is appended, never overwritten).</source>
        <translation>Aucun état noté pour l’instant&#xa0;: Ctrl+L note le premier (il s’ajoute, rien n’est jamais écrasé).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="781"/>
        <source>note shared with the other delegation</source>
        <translation>note partagée avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="781"/>
        <source>note internal</source>
        <translation>note interne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="782"/>
        <source>dated after today: not counted yet</source>
        <translation>daté après aujourd’hui&#xa0;: pas encore compté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="790"/>
        <source>assessed by {party}</source>
        <translation>évalué par {party}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../consult_app/ui/search.py" line="25"/>
        <source>Search the workspace</source>
        <translation>Rechercher dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="28"/>
        <source>Words to find — accents and case do not matter</source>
        <translation>Mots à chercher — accents et majuscules indifférents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="29"/>
        <source>Words to find</source>
        <translation>Mots à chercher</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="33"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="34"/>
        <location filename="../../consult_app/ui/search.py" line="73"/>
        <source>Type a few letters of any word: a reference, a name, a title. Every word must match, as a prefix.</source>
        <translation>Tapez quelques lettres de n’importe quel mot&#xa0;: une référence, un nom, un titre. Chaque mot doit correspondre au début d’un mot.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="35"/>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="77"/>
        <source>{code}, {nth} session</source>
        <translation>{code}, {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/search.py" line="70"/>
        <source>Nothing matches “{words}”. Try fewer or shorter words: each must begin a word of the text.</source>
        <translation>Rien ne correspond à «&#xa0;{words}&#xa0;». Essayez moins de mots, ou des mots plus courts&#xa0;: chacun doit commencer un mot du texte.</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="45"/>
        <source>Send Changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="50"/>
        <source>{name} (sent so far: {n})</source>
        <translation>{name} (envoyés jusqu’ici&#xa0;: {n})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="51"/>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="52"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="55"/>
        <source>Write Packet</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="58"/>
        <source>This workspace has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>Cet espace de travail n’a pas encore de partenaire d’échange&#xa0;: faites d’abord une copie de terrain (consult-app field-copy).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="71"/>
        <source>Nothing was written: there is nothing new to send.</source>
        <translation>Rien n’a été écrit&#xa0;: il n’y a rien de nouveau à envoyer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="83"/>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="85"/>
        <source>Nothing has changed here since the last packet to {partner}. Send an empty packet anyway? It only tells them which of their packets arrived here.</source>
        <translation>Rien n’a changé ici depuis le dernier paquet envoyé à {partner}. Envoyer quand même un paquet vide&#xa0;? Il indique seulement lesquels de leurs paquets sont arrivés ici.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="33"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="33"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="40"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="42"/>
        <location filename="../../consult_app/ui/session.py" line="43"/>
        <source>Starts on:</source>
        <translation>Commence le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="44"/>
        <location filename="../../consult_app/ui/session.py" line="45"/>
        <source>Ends on:</source>
        <translation>Se termine le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="46"/>
        <source>First item at:</source>
        <translation>Premier point à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="47"/>
        <location filename="../../consult_app/ui/session.py" line="48"/>
        <source>Venue:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="49"/>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="51"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="164"/>
        <source>Edit Session…</source>
        <translation>Modifier la session…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="165"/>
        <source>Add Delegate…</source>
        <translation>Ajouter un délégué…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="166"/>
        <source>Remove Delegate</source>
        <translation>Retirer le délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="158"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="159"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="167"/>
        <location filename="../../consult_app/ui/session.py" line="235"/>
        <source>Copy Delegations</source>
        <translation>Reprendre les délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="168"/>
        <location filename="../../consult_app/ui/session.py" line="285"/>
        <source>Confirm Attendance</source>
        <translation>Confirmer la présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="177"/>
        <source>&lt;b&gt;&amp;Delegations&lt;/b&gt; (heads of delegation first)</source>
        <translation>&lt;b&gt;&amp;Délégations&lt;/b&gt; (chefs de délégation en premier)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="203"/>
        <source>Select a session on the left.</source>
        <translation>Choisissez une session à gauche.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="242"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="243"/>
        <source>{dates}, from {time}</source>
        <translation>{dates}, à partir de {time}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="244"/>
        <source>venue to be decided</source>
        <translation>lieu à déterminer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="245"/>
        <source>host: {name}</source>
        <translation>hôte&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="246"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>État&#xa0;: {state} · procès-verbal&#xa0;: {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="227"/>
        <source>No delegate yet: Add Delegate… puts someone from the directory, or someone new, in a delegation.</source>
        <translation>Aucun délégué pour l’instant&#xa0;: «&#xa0;Ajouter un délégué…&#xa0;» inscrit une personne de l’annuaire, ou une nouvelle, dans une délégation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="230"/>
        <source>Attendance confirmed: {n} of {total}</source>
        <translation>Présence confirmée&#xa0;: {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="233"/>
        <source>Copy Delegations from the {nth} Session</source>
        <translation>Reprendre les délégations de la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="268"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="268"/>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="285"/>
        <source>Attendance Not Confirmed</source>
        <translation>Présence non confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="294"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="298"/>
        <source>Edit session</source>
        <translation>Modification de la session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="340"/>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="348"/>
        <source>Remove delegate</source>
        <translation>Retrait d’un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="367"/>
        <source>Copy delegations from the {nth} session</source>
        <translation>Reprendre les délégations de la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Confirm attendance</source>
        <translation>Confirmer la présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Attendance not confirmed</source>
        <translation>Présence non confirmée</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="139"/>
        <source>Sign off the minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="146"/>
        <source>Amendment of {date}: {reason}
SHA-256 {hash}</source>
        <translation>Amendement du {date}&#xa0;: {reason}
SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="149"/>
        <source>Version {n}, SHA-256 {hash}</source>
        <translation>Version {n}, SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="151"/>
        <source>Nothing has been circulated yet.</source>
        <translation>Rien n’a encore été transmis.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="155"/>
        <source>Signing off:</source>
        <translation>Approbation de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="156"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="157"/>
        <source>Head of delegation:</source>
        <translation>Chef de délégation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="158"/>
        <source>Another party&apos;s sign-off is recorded here only from the signed paper, for a dialogue not paired with its secretariat.</source>
        <translation>L’approbation d’une autre partie n’est enregistrée ici que d’après le document signé, pour un dialogue non apparié avec son secrétariat.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/negotiation.py" line="163"/>
        <source>Sign Off</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="27"/>
        <source>The workspace is healthy: SQLite&apos;s integrity and foreign-key checks and Consult&apos;s own checks found nothing.</source>
        <translation>L’espace de travail est sain&#xa0;: les contrôles d’intégrité et de clés étrangères de SQLite et ceux de Consult n’ont rien trouvé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="31"/>
        <source>consult-app check --repair mends what it can, after taking a snapshot.</source>
        <translation>consult-app check --repair répare ce qu’il peut, après avoir pris un instantané.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="32"/>
        <source>Check Workspace</source>
        <translation>Vérifier l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="41"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="40"/>
        <source>The language of Consult&apos;s windows; it takes effect when Consult starts again.</source>
        <translation>La langue des fenêtres de Consult&#xa0;; elle s’applique au prochain démarrage de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="53"/>
        <source>Language chosen: {language}; it takes effect when Consult starts again.</source>
        <translation>Langue choisie&#xa0;: {language}&#xa0;; elle s’appliquera au prochain démarrage de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="73"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="83"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="85"/>
        <source>Snapshot written and verified: {path}</source>
        <translation>Instantané écrit et vérifié&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="101"/>
        <source>Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.</source>
        <translation>Instantanés de cet espace de travail, du plus récent au plus ancien. L’état actuel est enregistré comme instantané avant d’être remplacé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="95"/>
        <source>No snapshot yet: Tools › Take a Snapshot Now makes one (Consult also takes one before risky changes).</source>
        <translation>Aucun instantané pour l’instant&#xa0;: Outils › Prendre un instantané maintenant en fait un (Consult en prend aussi avant les changements risqués).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="29"/>
        <source>1 problem found:</source>
        <translation>1 problème trouvé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="29"/>
        <source>{n} problems found:</source>
        <translation>{n} problèmes trouvés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="102"/>
        <location filename="../../consult_app/ui/commands/tools.py" line="103"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="123"/>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="128"/>
        <source>Restored from {name}.</source>
        <translation>Restauré à partir de {name}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="134"/>
        <source>About Consult</source>
        <translation>À propos de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="135"/>
        <source>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparing sessions of bilateral dialogues and keeping their commitment register.</source>
        <translation>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Préparer les sessions des dialogues bilatéraux et tenir le registre de leurs engagements.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="26"/>
        <source>A lost passphrase cannot be recovered: without it nobody, not even Consult&apos;s developers, can open the file.</source>
        <translation>Une phrase secrète perdue ne peut pas être retrouvée&#xa0;: sans elle, personne, pas même les développeurs de Consult, ne peut ouvrir le fichier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="43"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Mémoriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="68"/>
        <source>Encrypted workspace</source>
        <translation>Espace de travail chiffré</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="70"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} est chiffré. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="75"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="132"/>
        <source>That passphrase is wrong; try again.</source>
        <translation>Cette phrase secrète est fausse&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="152"/>
        <source>Passphrase not remembered</source>
        <translation>Phrase secrète non mémorisée</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="51"/>
        <source>expected text.</source>
        <translation>du texte est attendu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="52"/>
        <source>is {length} characters long; the limit is {limit}.</source>
        <translation>fait {length} caractères&#xa0;; la limite est de {limit}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="53"/>
        <source>must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="54"/>
        <source>contains {what} that cannot be stored.</source>
        <translation>contient {what} qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="55"/>
        <source>expected texts by language.</source>
        <translation>des textes par langue sont attendus.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="56"/>
        <source>&apos;{code}&apos; is not a language code.</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de langue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="57"/>
        <source>&apos;{code}&apos; is not a working language of this dialogue ({languages}).</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas une langue de travail de ce dialogue ({languages}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="58"/>
        <source>a date is needed.</source>
        <translation>une date est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="59"/>
        <source>expected a date.</source>
        <translation>une date est attendue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="60"/>
        <source>{date} is outside the years {first}–{last}.</source>
        <translation>{date} est hors des années {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="61"/>
        <source>&apos;{value}&apos; is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un horodatage ISO 8601 en UTC (par exemple 2003-03-31T12:00:00Z).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="62"/>
        <source>{value} is outside the range of figures Consult stores (±{limit}).</source>
        <translation>{value} est hors de la plage des chiffres que Consult enregistre (±{limit}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="63"/>
        <source>expected a number.</source>
        <translation>un nombre est attendu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="64"/>
        <source>{value} is not a finite number.</source>
        <translation>{value} n’est pas un nombre fini.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="65"/>
        <source>expected a whole number.</source>
        <translation>un nombre entier est attendu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="66"/>
        <source>{value} is not a whole number between {lowest} and {highest}.</source>
        <translation>{value} n’est pas un nombre entier entre {lowest} et {highest}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="67"/>
        <source>is {length} characters long; no text may be longer than {limit} characters.</source>
        <translation>fait {length} caractères&#xa0;; aucun texte ne peut dépasser {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="68"/>
        <source>expected text, a number, true/false or null.</source>
        <translation>du texte, un nombre, vrai/faux ou null est attendu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="69"/>
        <source>a dialogue needs at least one working language.</source>
        <translation>un dialogue a besoin d’au moins une langue de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="70"/>
        <source>a dialogue needs at least two parties.</source>
        <translation>un dialogue a besoin d’au moins deux parties.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="71"/>
        <source>two parties have the same code.</source>
        <translation>deux parties ont le même code.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="72"/>
        <source>exactly one party must be the home party.</source>
        <translation>une seule partie doit être la nôtre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="73"/>
        <source>a status scale needs at least one level.</source>
        <translation>une échelle d’états a besoin d’au moins un niveau.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="74"/>
        <source>two levels have the same code.</source>
        <translation>deux niveaux ont le même code.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="75"/>
        <source>a session number starts at 1.</source>
        <translation>un numéro de session commence à 1.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="76"/>
        <source>the session ends ({end}) before it starts ({start}).</source>
        <translation>la session se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="77"/>
        <source>{minutes} minutes is not a duration between 0 and {most}.</source>
        <translation>{minutes} minutes n’est pas une durée entre 0 et {most}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="78"/>
        <source>&apos;{value}&apos; is not part of the minutes.</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie du procès-verbal.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="79"/>
        <source>the responsible party is not a party to this dialogue.</source>
        <translation>la partie responsable n’est pas partie à ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="80"/>
        <source>the party whose assessment this is is not a party to this dialogue.</source>
        <translation>la partie dont c’est l’évaluation n’est pas partie à ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="81"/>
        <source>the theme is not one of this dialogue&apos;s themes.</source>
        <translation>le thème n’est pas un des thèmes de ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="82"/>
        <source>the due date {due} is before the session where the commitment was made ({start}).</source>
        <translation>l’échéance du {due} précède la session où l’engagement a été pris ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="83"/>
        <source>a commitment cannot be its own counterpart.</source>
        <translation>un engagement ne peut pas être sa propre contrepartie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="84"/>
        <source>a commitment cannot supersede itself.</source>
        <translation>un engagement ne peut pas se remplacer lui-même.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="85"/>
        <source>&apos;{status}&apos; is not on this dialogue&apos;s status scale (use one of: {codes}).</source>
        <translation>«&#xa0;{status}&#xa0;» n’est pas sur l’échelle d’états de ce dialogue (utilisez l’un de&#xa0;: {codes}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="86"/>
        <source>this belongs to an internal commitment, so it cannot be shared with the other delegation.</source>
        <translation>ceci relève d’un engagement interne et ne peut donc pas être partagé avec l’autre délégation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="87"/>
        <source>give at least one level, none of them empty (for example UNCLASSIFIED,RESTRICTED,SECRET).</source>
        <translation>indiquez au moins un niveau, aucun vide (par exemple UNCLASSIFIED,RESTRICTED,SECRET).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="88"/>
        <source>&apos;{level}&apos; is listed twice.</source>
        <translation>«&#xa0;{level}&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="89"/>
        <source>say what to call the secretariat that invited you (for example &apos;Secrétariat français&apos;).</source>
        <translation>indiquez le nom du secrétariat qui vous a invité (par exemple «&#xa0;Secrétariat français&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="90"/>
        <source>say where to write the reply to send back.</source>
        <translation>indiquez où écrire la réponse à renvoyer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="91"/>
        <source>say who the invitation is for (for example &apos;Secrétariat malien&apos;).</source>
        <translation>indiquez à qui s’adresse l’invitation (par exemple «&#xa0;Secrétariat malien&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="92"/>
        <source>&apos;{level}&apos; is not on this workspace&apos;s list of markings ({order}); add it to the list first.</source>
        <translation>«&#xa0;{level}&#xa0;» ne figure pas sur la liste des mentions de cet espace de travail ({order})&#xa0;; ajoutez-la d’abord à la liste.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="93"/>
        <source>a level is one line of at most 60 characters.</source>
        <translation>un niveau est une ligne de 60 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="94"/>
        <source>The markings {levels} are not on the workspace&apos;s ordered list, so the highest cannot be chosen: add them with consult-app marking PATH --order LOW,…,HIGH.</source>
        <translation>Les mentions {levels} ne figurent pas dans la liste ordonnée de l’espace de travail&#xa0;: la plus haute ne peut pas être choisie. Ajoutez-les avec consult-app marking PATH --order LOW,…,HIGH.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="98"/>
        <source>the reference &apos;{ref}&apos; is already used by another commitment.</source>
        <translation>la référence «&#xa0;{ref}&#xa0;» est déjà utilisée par un autre engagement.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="99"/>
        <source>a dialogue with code &apos;{code}&apos; already exists.</source>
        <translation>un dialogue de code «&#xa0;{code}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="100"/>
        <source>&apos;{code}&apos; is not a language code (for example fr).</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de langue (par exemple fr).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="101"/>
        <source>this dialogue already has a session number {number}.</source>
        <translation>ce dialogue a déjà une session numéro {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="102"/>
        <source>The minutes of this session are agreed: record an amendment instead of editing them.</source>
        <translation>Le procès-verbal de cette session est adopté&#xa0;: enregistrez une rectification au lieu de le modifier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="110"/>
        <source>An item can only become a sub-item of a top-level item of the same session.</source>
        <translation>Un point ne peut devenir le sous-point que d’un point de premier niveau de la même session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="111"/>
        <source>An item with sub-items cannot itself become a sub-item.</source>
        <translation>Un point qui a des sous-points ne peut pas devenir lui-même un sous-point.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="112"/>
        <source>the new session must start after the {nth} session ({date}).</source>
        <translation>la nouvelle session doit commencer après la {nth} session ({date}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="114"/>
        <source>&apos;{ref}&apos; does not follow this dialogue&apos;s reference pattern {pattern} (a year from {first} to {last}, then a number of two to four digits).</source>
        <translation>«&#xa0;{ref}&#xa0;» ne suit pas le modèle de référence de ce dialogue, {pattern} (une année de {first} à {last}, puis un numéro de deux à quatre chiffres).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="118"/>
        <source>a commitment in force has no end date or reason.</source>
        <translation>un engagement en vigueur n’a ni date ni motif de fin.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="119"/>
        <source>a commitment cannot be {how} ({date}) before the session where it was made ({start}).</source>
        <translation>un engagement ne peut pas être {how} ({date}) avant la session où il a été pris ({start}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="120"/>
        <source>say why the commitment is {how}.</source>
        <translation>dites pourquoi l’engagement est {how}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="121"/>
        <source>expected up (higher is better) or down (lower is better).</source>
        <translation>hausse (plus haut, c’est mieux) ou baisse (plus bas, c’est mieux) est attendu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="122"/>
        <source>the target ({target}) is below the baseline ({baseline}), but this indicator should rise (up is good).</source>
        <translation>la cible ({target}) est inférieure à la valeur de référence ({baseline}), mais cet indicateur doit monter (la hausse est bonne).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="123"/>
        <source>the target ({target}) is above the baseline ({baseline}), but this indicator should fall (down is good).</source>
        <translation>la cible ({target}) est supérieure à la valeur de référence ({baseline}), mais cet indicateur doit baisser (la baisse est bonne).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="124"/>
        <source>the target&apos;s date {target} is before the baseline&apos;s ({baseline}).</source>
        <translation>la date de la cible, le {target}, précède celle de la référence ({baseline}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="125"/>
        <source>{ref} was already {how} on {date}.</source>
        <translation>{ref} a déjà été {how} le {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="126"/>
        <source>a commitment can only be replaced by one of the same dialogue.</source>
        <translation>un engagement ne peut être remplacé que par un engagement du même dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="127"/>
        <source>a commitment can only be reaffirmed at a session of its own dialogue.</source>
        <translation>un engagement ne peut être réaffirmé qu’à une session de son propre dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="128"/>
        <source>{ref} was {how} on {date}: only a commitment in force can be reaffirmed.</source>
        <translation>{ref} a été {how} le {date}&#xa0;: seul un engagement en vigueur peut être réaffirmé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="129"/>
        <source>{ref} is already reaffirmed at the {nth} session.</source>
        <translation>{ref} est déjà réaffirmé à la {nth} session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="130"/>
        <source>{ref} was made at the {nth} session; it can be reaffirmed only at a later one.</source>
        <translation>{ref} a été pris à la {nth} session&#xa0;; il ne peut être réaffirmé qu’à une session ultérieure.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="131"/>
        <source>{ref} was {how} on {date}; its text can no longer change.</source>
        <translation>{ref} a été {how} le {date}&#xa0;; son texte ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="132"/>
        <source>{ref} cannot be deleted because it has a history ({history}): withdraw it instead.</source>
        <translation>{ref} ne peut pas être supprimé car il a un historique ({history})&#xa0;: retirez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="133"/>
        <source>The text has changed again since: only the latest change of a commitment&apos;s text can be undone.</source>
        <translation>Le texte a changé de nouveau depuis&#xa0;: seule la dernière modification du texte d’un engagement peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="134"/>
        <source>This indicator cannot be deleted because its measurements ({n}) are history.</source>
        <translation>Cet indicateur ne peut pas être supprimé car ses mesures ({n}) font partie de l’historique.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="136"/>
        <source>a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item.</source>
        <translation>une pause, un déjeuner ou un intitulé de journée est une ligne du programme et ne peut pas être un sous-point.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="137"/>
        <source>expected a time of day.</source>
        <translation>une heure était attendue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="138"/>
        <source>an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first.</source>
        <translation>un point qui a des sous-points ne peut pas devenir une pause, un déjeuner ou un intitulé de journée&#xa0;; déplacez d&apos;abord ses sous-points.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="139"/>
        <source>A break, a lunch or a day heading cannot hold sub-items.</source>
        <translation>Une pause, un déjeuner ou un intitulé de journée ne peut pas contenir de sous-points.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="140"/>
        <source>A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item.</source>
        <translation>Une pause, un déjeuner ou un intitulé de journée est une ligne du programme&#xa0;: il ne peut pas devenir un sous-point.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="141"/>
        <source>{kind} is an agenda item, not a break, a lunch or a day heading.</source>
        <translation>{kind} est un point de l&apos;ordre du jour, pas une pause, un déjeuner ou un intitulé de journée.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="142"/>
        <source>This agenda has no &quot;Review of commitments&quot; item: add one (kind: review of commitments) first.</source>
        <translation>Cet ordre du jour n&apos;a pas de point «&#xa0;Examen des engagements&#xa0;»&#xa0;: ajoutez-en d&apos;abord un (type&#xa0;: examen des engagements).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="143"/>
        <source>Delegations are copied from an earlier session of the same dialogue, not from the {nth} session.</source>
        <translation>Les délégations se copient depuis une session antérieure du même dialogue, pas depuis la {nth} session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="144"/>
        <source>The {nth} session has no delegation to copy.</source>
        <translation>La {nth} session n&apos;a aucune délégation à copier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="145"/>
        <source>Everyone on the delegations of the {nth} session is already on this one.</source>
        <translation>Tous les membres des délégations de la {nth} session figurent déjà dans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="146"/>
        <source>{name} is a member of a delegation: take them off it first, or keep them in the directory.</source>
        <translation>{name} fait partie d&apos;une délégation&#xa0;: retirez-le d&apos;abord de celle-ci, ou gardez-le dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="147"/>
        <source>{name} presents an agenda item: choose another presenter first, or keep them in the directory.</source>
        <translation>{name} présente un point de l&apos;ordre du jour&#xa0;: choisissez d&apos;abord un autre intervenant, ou gardez-le dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="149"/>
        <source>{minutes} are agreed: the session stays at &apos;minutes agreed&apos;.</source>
        <translation>Le {minutes} est approuvé&#xa0;: la session reste à l’état «&#xa0;procès-verbal approuvé&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="153"/>
        <source>{minutes} are circulated by {holder}, who holds the pen: propose a change instead of editing them.</source>
        <translation>Le {minutes} a été transmis par {holder}, qui tient la plume&#xa0;: proposez une modification au lieu de le modifier directement.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="154"/>
        <source>{minutes} are agreed: they are not circulated again; change them by an amendment.</source>
        <translation>Le {minutes} est approuvé&#xa0;: il n’est plus transmis&#xa0;; modifiez-le par une rectification.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="155"/>
        <source>{holder} holds the pen for {minutes} (it circulated version 1): propose changes instead.</source>
        <translation>{holder} tient la plume pour le {minutes} (elle en a transmis la version 1)&#xa0;: proposez plutôt des modifications.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="156"/>
        <source>{proposals} on version {number} of {minutes} {verb} still open: accept, reject or edit each before circulating the next version.</source>
        <translation>{proposals} sur la version {number} du {minutes} {verb} encore en suspens&#xa0;: acceptez, rejetez ou modifiez chacune avant de transmettre la version suivante.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="159"/>
        <source>{proposals} on version {number} of {minutes} {verb} still open: they are decided before anyone signs off.</source>
        <translation>{proposals} sur la version {number} du {minutes} {verb} encore en suspens&#xa0;: il est statué sur chacune avant toute approbation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="160"/>
        <source>Nothing changed in {minutes} since version {number} was circulated.</source>
        <translation>Rien n’a changé dans le {minutes} depuis la transmission de la version {number}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="161"/>
        <source>{minutes} are {state}: proposals are made on circulated minutes.</source>
        <translation>Le {minutes} est {state}&#xa0;: les propositions portent sur un procès-verbal transmis.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="162"/>
        <source>{minutes} are {state}: proposals are decided while they are circulated.</source>
        <translation>Le {minutes} est {state}&#xa0;: il est statué sur les propositions tant qu’il est transmis.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="163"/>
        <source>Version {number} of {minutes} has been circulated since: make the proposal on it.</source>
        <translation>La version {number} du {minutes} a été transmise depuis&#xa0;: faites la proposition sur celle-ci.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="164"/>
        <source>The agenda item is not part of version {number} of {minutes}.</source>
        <translation>Ce point de l’ordre du jour ne figure pas dans la version {number} du {minutes}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="165"/>
        <source>&apos;{decision}&apos; is not one of: accept, reject, edit.</source>
        <translation>«&#xa0;{decision}&#xa0;» n’est pas l’une des décisions&#xa0;: accept, reject, edit.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="166"/>
        <source>This proposal was already {state} ({date}): a decision is final.</source>
        <translation>Cette proposition a déjà été {state} ({date})&#xa0;: une décision est définitive.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="167"/>
        <source>Only the party that circulated {minutes} decides the proposals on them.</source>
        <translation>Seule la partie qui a transmis le {minutes} statue sur les propositions qui le concernent.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="168"/>
        <source>This proposal was made on an earlier version than version {number}: it can only be rejected.</source>
        <translation>Cette proposition a été faite sur une version antérieure à la version {number}&#xa0;: elle ne peut qu’être rejetée.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="169"/>
        <source>say the wording that is accepted instead of the proposal&apos;s.</source>
        <translation>indiquez le texte accepté à la place de celui de la proposition.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="170"/>
        <source>not a party to this dialogue.</source>
        <translation>n’est pas partie à ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="171"/>
        <source>{name} is not the head of the delegation of {party} at this session ({head} is).</source>
        <translation>{name} n’est pas chef de la délégation de {party} à cette session (le chef de délégation est {head}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="172"/>
        <source>it amends another session&apos;s minutes.</source>
        <translation>elle rectifie le procès-verbal d’une autre session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="173"/>
        <source>This amendment is already in force.</source>
        <translation>Cette rectification est déjà en vigueur.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="174"/>
        <source>{party} has already signed off this amendment.</source>
        <translation>{party} a déjà approuvé cette rectification.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="175"/>
        <source>{party} has already signed off version {number} of {minutes}.</source>
        <translation>{party} a déjà approuvé la version {number} du {minutes}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="176"/>
        <source>{minutes} are already agreed.</source>
        <translation>Le {minutes} est déjà approuvé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="177"/>
        <source>{minutes} have not been circulated: circulate them first, then each head of delegation signs off.</source>
        <translation>Le {minutes} n’a pas été transmis&#xa0;: transmettez-le d’abord, puis chaque chef de délégation l’approuve.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="179"/>
        <source>The texts of {minutes} changed since version {number} was circulated: circulate version {next} first.</source>
        <translation>Les textes du {minutes} ont changé depuis la transmission de la version {number}&#xa0;: transmettez d’abord la version {next}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="180"/>
        <source>{minutes} are not agreed: edit them instead of amending them.</source>
        <translation>Le {minutes} n’est pas approuvé&#xa0;: modifiez-le au lieu de le rectifier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="181"/>
        <source>&apos;{code}&apos; is not a working language of {dialogue} ({languages}).</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas une langue de travail de {dialogue} ({languages}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="182"/>
        <source>{party} does that in its own workspace, and it reaches this one in {partner}&apos;s packets; it cannot {doing} here on its behalf.</source>
        <translation>{party} le fait dans son propre espace de travail, et cela parvient ici dans les paquets de {partner}&#xa0;; on ne peut pas {doing} ici en son nom.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="185"/>
        <source>the frozen texts are not in the form Consult writes them.</source>
        <translation>les textes figés ne sont pas dans la forme où Consult les écrit.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="186"/>
        <source>the frozen texts of version {number} belong to another session or version.</source>
        <translation>les textes figés de la version {number} appartiennent à une autre session ou version.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="198"/>
        <source>the texts of version {number} do not match their hash (they were changed after it was circulated).</source>
        <translation>les textes de la version {number} ne correspondent pas à leur empreinte (ils ont été modifiés après sa transmission).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="199"/>
        <source>version {number} is missing.</source>
        <translation>la version {number} manque.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="200"/>
        <source>{minutes} are agreed and signed off: they cannot be set back to {state}; change them by an amendment signed off by both sides.</source>
        <translation>Le {minutes} est approuvé par toutes les parties&#xa0;: il ne peut pas revenir à l’état «&#xa0;{state}&#xa0;»&#xa0;; modifiez-le par une rectification approuvée par les deux parties.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="203"/>
        <source>{minutes} have been circulated: they cannot be set back to draft; edit the texts and circulate the next version.</source>
        <translation>Le {minutes} a été transmis&#xa0;: il ne peut pas redevenir un projet&#xa0;; modifiez les textes et transmettez la version suivante.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="204"/>
        <source>{minutes} become agreed when every head of delegation has signed off the same version: sign them off instead.</source>
        <translation>Le {minutes} est approuvé lorsque chaque chef de délégation a approuvé la même version&#xa0;: recueillez plutôt ces approbations.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="205"/>
        <source>{minutes} cannot go from {current} to {wanted}.</source>
        <translation>Le {minutes} ne peut pas passer de l’état «&#xa0;{current}&#xa0;» à l’état «&#xa0;{wanted}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="206"/>
        <source>{minutes} were agreed (version {number}, signed off by every party): they cannot be &apos;{state}&apos;, which would set them back.</source>
        <translation>Le {minutes} a été approuvé (version {number}, approuvée par toutes les parties)&#xa0;: il ne peut pas être à l’état «&#xa0;{state}&#xa0;», ce qui le ferait revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="209"/>
        <source>{minutes} have circulated versions but not every party&apos;s sign-off of the last one: they are circulated, not &apos;{state}&apos;.</source>
        <translation>Le {minutes} a des versions transmises, mais la dernière n’est pas approuvée par toutes les parties&#xa0;: il est transmis, non «&#xa0;{state}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="210"/>
        <source>{minutes} differ from the agreed version {number} ({changes}): agreed texts change only by amendment.</source>
        <translation>Le {minutes} diffère de la version approuvée {number} ({changes})&#xa0;: des textes approuvés ne changent que par rectification.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="214"/>
        <source>&apos;{op}&apos; is not one of: {ops}.</source>
        <translation>«&#xa0;{op}&#xa0;» n’est pas l’une des modifications possibles&#xa0;: {ops}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="215"/>
        <source>&apos;{value}&apos; is not a text of the minutes (use one of: {fields}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un texte du procès-verbal (utilisez l’un de&#xa0;: {fields}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="216"/>
        <source>say which words to {op} (quote them as they stand in the circulated text).</source>
        <translation>indiquez les mots à {op} (citez-les tels qu’ils figurent dans le texte transmis).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="217"/>
        <source>say which words to {what}.</source>
        <translation>indiquez les mots à {what}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="218"/>
        <source>a comment needs its words.</source>
        <translation>un commentaire doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="219"/>
        <source>«{passage}» is not in the text as it stands; quote it exactly, or edit the proposal.</source>
        <translation>«&#xa0;{passage}&#xa0;» ne figure pas dans le texte tel qu’il est&#xa0;; citez-le exactement, ou modifiez la proposition.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="220"/>
        <source>«{passage}» occurs {count} times in the text; quote more of it so it occurs once.</source>
        <translation>«&#xa0;{passage}&#xa0;» figure {count} fois dans le texte&#xa0;; citez-en davantage pour qu’il n’y figure qu’une fois.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="222"/>
        <source>&apos;{value}&apos; is not an article of this language (use one of: {articles}; or none).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un article de cette langue (utilisez l’un de ceux-ci&#xa0;: {articles}&#xa0;; ou aucun).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="223"/>
        <source>{party} is not a party to {dialogue}.</source>
        <translation>{party} n’est pas partie à {dialogue}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="225"/>
        <source>this workspace already has an exchange partner called &apos;{name}&apos;; choose another name.</source>
        <translation>cet espace de travail a déjà un partenaire d’échange nommé «&#xa0;{name}&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="226"/>
        <source>{dialogue} is already paired with {partner}: one secretariat per dialogue.</source>
        <translation>{dialogue} est déjà apparié avec {partner}&#xa0;: un secrétariat par dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="227"/>
        <source>{dialogue} has {count} other parties; say which one the invitation is for ({codes}).</source>
        <translation>{dialogue} compte {count} autres parties&#xa0;; indiquez à laquelle s’adresse l’invitation ({codes}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="228"/>
        <source>the invitation is for another party of the dialogue than ours.</source>
        <translation>l’invitation s’adresse à une autre partie du dialogue que la nôtre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="229"/>
        <source>{path} already exists: choose another name.</source>
        <translation>{path} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="230"/>
        <source>{file} is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created.</source>
        <translation>{file} est une réponse à une invitation&#xa0;: acceptez-la dans l’espace de travail qui a fait l’invitation&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="231"/>
        <source>the dialogue it carries cannot be read ({problem}); nothing was changed.</source>
        <translation>le dialogue qu’il contient est illisible ({problem})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="232"/>
        <source>{file} does not carry the one dialogue it names; nothing was changed.</source>
        <translation>{file} ne contient pas le dialogue unique qu’il nomme&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="233"/>
        <source>{file} names parties that are not those of {dialogue}; nothing was changed.</source>
        <translation>{file} nomme des parties qui ne sont pas celles de {dialogue}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="234"/>
        <source>{file} comes from this workspace or one of its partners: it is accepted by the other secretariat.</source>
        <translation>{file} vient de cet espace de travail ou de l’un de ses partenaires&#xa0;: c’est l’autre secrétariat qui l’accepte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="235"/>
        <source>{file} answers an invitation this workspace did not make, or one already accepted; nothing was changed.</source>
        <translation>{file} répond à une invitation que cet espace de travail n’a pas faite, ou à une invitation déjà acceptée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="236"/>
        <source>{file} answers an invitation from another workspace; nothing was changed.</source>
        <translation>{file} répond à une invitation d’un autre espace de travail&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="237"/>
        <source>{file} speaks for another party or dialogue than the invitation asked; nothing was changed.</source>
        <translation>{file} parle pour une autre partie ou un autre dialogue que ceux de l’invitation&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="238"/>
        <source>{file} was already accepted: {partner} is a partner of this workspace.</source>
        <translation>{file} a déjà été accepté&#xa0;: {partner} est un partenaire de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="239"/>
        <source>The record of the invitation {file} answers is missing ({record}); invite the other secretariat again.</source>
        <translation>La trace de l’invitation à laquelle répond {file} est introuvable ({record})&#xa0;; invitez à nouveau l’autre secrétariat.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="240"/>
        <source>{path} is not a file.</source>
        <translation>{path} n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="241"/>
        <source>{file} is larger than any invitation Consult writes; it was not read.</source>
        <translation>{file} est plus volumineux que toute invitation écrite par Consult&#xa0;; il n’a pas été lu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="242"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="243"/>
        <source>{file} is not an invitation or a reply from another secretariat (it is not readable JSON).</source>
        <translation>{file} n’est ni une invitation ni une réponse d’un autre secrétariat (ce n’est pas du JSON lisible).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="244"/>
        <source>{file} is not an invitation or a reply from another secretariat.</source>
        <translation>{file} n’est ni une invitation ni une réponse d’un autre secrétariat.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="245"/>
        <source>{file} was written by a newer version of Consult; update Consult to accept it.</source>
        <translation>{file} a été écrit par une version plus récente de Consult&#xa0;; mettez Consult à jour pour l’accepter.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="246"/>
        <source>{file} is damaged (its keys or signature cannot be read); nothing was changed.</source>
        <translation>{file} est endommagé (ses clés ou sa signature sont illisibles)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="247"/>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} est endommagé ({problem})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="249"/>
        <source>it says neither invitation nor reply</source>
        <translation>il ne se dit ni invitation ni réponse</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="250"/>
        <source>its &apos;{key}&apos; is missing</source>
        <translation>son champ «&#xa0;{key}&#xa0;» manque</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="251"/>
        <source>it does not say who sent it</source>
        <translation>il ne dit pas qui l’a envoyé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="252"/>
        <source>it does not say whom it is for</source>
        <translation>il ne dit pas à qui il s’adresse</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="253"/>
        <source>it carries no dialogue</source>
        <translation>il ne contient aucun dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="254"/>
        <source>{file} was altered after it was signed (or is damaged); nothing was changed.</source>
        <translation>{file} a été altéré après sa signature (ou est endommagé)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="256"/>
        <source>{workspace} has no keys for signed packets: open it once for writing with this version of Consult.</source>
        <translation>{workspace} n’a pas de clés pour signer les paquets&#xa0;: ouvrez-le une fois en écriture avec cette version de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="257"/>
        <source>{workspace} has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>{workspace} n’a pas encore de partenaire d’échange&#xa0;: faites d’abord une copie de terrain (consult-app field-copy).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="258"/>
        <source>--to: this workspace exchanges with several partners ({names}); say which one.</source>
        <translation>--to&#xa0;: cet espace de travail échange avec plusieurs partenaires ({names})&#xa0;; indiquez lequel.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="259"/>
        <source>{partner} was paired before packets were signed, so its key is unknown: forget it (consult-app packet forget) and make a new field copy.</source>
        <translation>{partner} a été associé avant la signature des paquets, sa clé est donc inconnue&#xa0;: oubliez-le (consult-app packet forget) et faites une nouvelle copie de terrain.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="262"/>
        <source>The copy could not be made: {table} rows refer to {other} rows that are not in it.</source>
        <translation>La copie n’a pas pu être faite&#xa0;: des lignes de {table} renvoient à des lignes de {other} qui n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="263"/>
        <source>--name: a field copy needs a name (for example &apos;Bamako embassy&apos;).</source>
        <translation>--name&#xa0;: une copie de terrain a besoin d’un nom (par exemple «&#xa0;Ambassade à Bamako&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="264"/>
        <source>--name: this workspace already has an exchange partner called &apos;{name}&apos;; choose another name.</source>
        <translation>--name&#xa0;: cet espace de travail a déjà un partenaire d’échange nommé «&#xa0;{name}&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="265"/>
        <source>The record of the last exchange with {partner} is missing ({record}); make a new field copy.</source>
        <translation>La trace du dernier échange avec {partner} est introuvable ({record})&#xa0;; faites une nouvelle copie de terrain.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="266"/>
        <source>The record of the last exchange with {partner} is incomplete ({record} is missing); make a new field copy.</source>
        <translation>La trace du dernier échange avec {partner} est incomplète ({record} manque)&#xa0;; faites une nouvelle copie de terrain.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="267"/>
        <source>Nothing has changed here since the last packet to {partner}.</source>
        <translation>Rien n’a changé ici depuis le dernier paquet envoyé à {partner}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="297"/>
        <source>Your edit of {thing} …{id}: {refusal}</source>
        <translation>Votre modification ({thing} …{id})&#xa0;: {refusal}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="272"/>
        <source>The packet for {partner} could not be made: some changes here cannot be left out of it.</source>
        <translation>Le paquet pour {partner} n’a pas pu être fait&#xa0;: certaines modifications faites ici ne peuvent pas en être exclues.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="273"/>
        <source>{file} is for another workspace, not {workspace}; nothing was imported.</source>
        <translation>{file} est destiné à un autre espace de travail, pas à {workspace}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="274"/>
        <source>{file} comes from a newer version of Consult (schema {version}); update Consult to import it.</source>
        <translation>{file} vient d’une version plus récente de Consult (schéma {version})&#xa0;; mettez Consult à jour pour l’importer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="275"/>
        <source>{file} is addressed to another copy of this workspace, not to this one; nothing was imported.</source>
        <translation>{file} est adressé à une autre copie de cet espace de travail, pas à celle-ci&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="276"/>
        <source>{file} says it comes from {sender}, but it is signed with {partner}&apos;s key; nothing was imported.</source>
        <translation>{file} dit venir de {sender}, mais il est signé avec la clé de {partner}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="277"/>
        <source>{file} presents {partner} as a {claimed}, but it was paired as a {paired}; nothing was imported.</source>
        <translation>{file} présente {partner} en tant que {claimed}, mais il a été apparié en tant que {paired}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="278"/>
        <source>{file} was made with exchange settings for {partner} that differ from the pairing recorded here (they were changed outside Consult); nothing was imported.</source>
        <translation>{file} a été fait avec des réglages d’échange pour {partner} qui diffèrent de l’appariement enregistré ici (ils ont été modifiés en dehors de Consult)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="282"/>
        <source>&apos;{policy}&apos; is not one of: ours, theirs.</source>
        <translation>«&#xa0;{policy}&#xa0;» n’est pas l’une des règles&#xa0;: ours, theirs.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="283"/>
        <source>{file} is packet {seq} from {partner}, but the last one imported was {last}: import packet {next} first (the sender keeps every packet in its exchange folder&apos;s outbox).</source>
        <translation>{file} est le paquet {seq} de {partner}, mais le dernier importé est le {last}&#xa0;: importez d’abord le paquet {next} (l’expéditeur garde chaque paquet dans la boîte d’envoi de son dossier d’échange).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="287"/>
        <source>{workspace} is open read-only: nothing can be changed.</source>
        <translation>{workspace} est ouvert en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="288"/>
        <source>{file} cannot be imported in the middle of another change to {workspace}; nothing was imported.</source>
        <translation>{file} ne peut pas être importé au milieu d’une autre modification de {workspace}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="289"/>
        <source>{refusal}: packet refused, nothing was imported ({file} from {partner}).</source>
        <translation>{refusal}&#xa0;: paquet refusé, rien n’a été importé ({file} de {partner}).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="290"/>
        <source>{file} is damaged (its changes cannot be read); nothing was imported.</source>
        <translation>{file} est endommagé (ses modifications sont illisibles)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="292"/>
        <source>{file} cannot be applied: {why}. Nothing was imported.</source>
        <translation>{file} ne peut pas être appliqué&#xa0;: {why}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="293"/>
        <source>it does not fit this copy.</source>
        <translation>il ne correspond pas à cette copie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="294"/>
        <source>changes from {partner} refer to things this copy does not have.</source>
        <translation>des modifications de {partner} renvoient à des éléments que cette copie n’a pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="295"/>
        <source>status history cannot be changed or deleted: packet refused.</source>
        <translation>l’historique des statuts ne peut être ni modifié ni supprimé&#xa0;: paquet refusé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="291"/>
        <source>{file} cannot be applied: {refusal} Nothing was imported.</source>
        <translation>{file} ne peut pas être appliqué&#xa0;: {refusal} Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="103"/>
        <source>The minutes of this session are agreed: its delegations, which they print, stay as they were agreed.</source>
        <translation>Le procès-verbal de cette session est adopté&#xa0;: les délégations qu’il mentionne restent telles qu’elles ont été approuvées.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="104"/>
        <source>The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text.</source>
        <translation>Le procès-verbal de cette session est adopté&#xa0;: ses points ne peuvent plus être ajoutés, supprimés ni déplacés&#xa0;; enregistrez une rectification pour modifier un texte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="107"/>
        <source>The minutes of this session are agreed: an item&apos;s place, kind and timing stay as agreed; record an amendment to change a text.</source>
        <translation>Le procès-verbal de cette session est adopté&#xa0;: la place, la nature et l&apos;horaire de ses points restent tels qu&apos;adoptés&#xa0;; enregistrez une rectification pour modifier un texte.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="150"/>
        <source>{minutes} are agreed: the session&apos;s number, dates, venue, host and start time, which they print, stay as they were agreed.</source>
        <translation>Le {minutes} est approuvé&#xa0;: le numéro, les dates, le lieu, l’hôte et l’heure de début de la session, qu’il mentionne, restent tels qu’ils ont été approuvés.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="178"/>
        <source>{minutes} have no circulated version yet: circulate them, then propose changes to that version.</source>
        <translation>Le {minutes} n’a pas encore de version transmise&#xa0;: transmettez-le, puis proposez des modifications à cette version.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="211"/>
        <source>{minutes} cannot be checked against their record ({problem}): a row of theirs was edited outside Consult.</source>
        <translation>Le {minutes} ne peut pas être vérifié au regard de son historique ({problem})&#xa0;: une de ses lignes a été modifiée hors de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="213"/>
        <source>{whole}; restore a snapshot from before that change to print them again.</source>
        <translation>{whole}&#xa0;; restaurez un instantané antérieur à cette modification pour pouvoir l’imprimer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="187"/>
        <source>the delegations frozen in version {number} are not in the form Consult writes them.</source>
        <translation>les délégations figées dans la version {number} ne sont pas sous la forme qu’écrit Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="188"/>
        <source>the delegation line frozen in version {number} is not in the form Consult writes it.</source>
        <translation>la ligne de délégation figée dans la version {number} n’est pas sous la forme qu’écrit Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="189"/>
        <source>the delegation line frozen in version {number} is of a party the version does not name.</source>
        <translation>la ligne de délégation figée dans la version {number} est celle d’une partie que la version ne nomme pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="190"/>
        <source>the follow-up actions frozen in version {number} are not in the form Consult writes them.</source>
        <translation>les actions de suivi figées dans la version {number} ne sont pas sous la forme qu’écrit Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="191"/>
        <source>the follow-up action frozen in version {number} is not in the form Consult writes it.</source>
        <translation>l’action de suivi figée dans la version {number} n’est pas sous la forme qu’écrit Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="192"/>
        <source>the agenda item frozen in version {number} is not in the form Consult writes it.</source>
        <translation>le point de l’ordre du jour figé dans la version {number} n’est pas sous la forme qu’écrit Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="193"/>
        <source>version {number} holds &apos;{key}&apos;, which Consult does not freeze in a version.</source>
        <translation>la version {number} contient «&#xa0;{key}&#xa0;», que Consult ne fige pas dans une version.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="194"/>
        <source>version {number} lacks &apos;{key}&apos;, which version {previous} froze: a later version freezes all an earlier one did.</source>
        <translation>la version {number} ne contient pas «&#xa0;{key}&#xa0;», que la version {previous} figeait&#xa0;: une version ultérieure fige tout ce que figeait une version antérieure.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="195"/>
        <source>version {number} names the same party twice.</source>
        <translation>la version {number} nomme deux fois la même partie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="196"/>
        <source>version {number} names a party that is not a party to this dialogue.</source>
        <translation>la version {number} nomme une partie qui n’est pas partie à ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="197"/>
        <source>the delegation line frozen in version {number} is of a party that is not a party to this dialogue.</source>
        <translation>la ligne de délégation figée dans la version {number} est celle d’une partie qui n’est pas partie à ce dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="268"/>
        <source>{partner} would refuse this packet ({change}: {why}); nothing was exported: undo that change, or ask {asked} to make it, then export again.</source>
        <translation>{partner} refuserait ce paquet ({change}&#xa0;: {why})&#xa0;; rien n’a été exporté&#xa0;: annulez cette modification, ou demandez à {asked} de la faire, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="296"/>
        <source>{file} is larger than any change packet Consult writes; it was not read.</source>
        <translation>{file} est plus volumineux que tout paquet de modifications écrit par Consult&#xa0;; il n’a pas été lu.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="298"/>
        <source>{file} cannot be opened with this workspace&apos;s key: it was encrypted for someone else, or altered; nothing was imported.</source>
        <translation>{file} ne peut pas être ouvert avec la clé de cet espace de travail&#xa0;: il a été chiffré pour quelqu’un d’autre, ou altéré&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="299"/>
        <source>{file} is damaged (its signed part cannot be read).</source>
        <translation>{file} est endommagé (sa partie signée est illisible).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="300"/>
        <source>{file} is not signed by {partner}&apos;s key (it was altered or forged); nothing was imported.</source>
        <translation>{file} n’est pas signé avec la clé de {partner} (il a été altéré ou contrefait)&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="301"/>
        <source>{file} is signed by a key that belongs to none of this workspace&apos;s exchange partners; nothing was imported.</source>
        <translation>{file} est signé avec une clé qui n’appartient à aucun des partenaires d’échange de cet espace de travail&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="302"/>
        <source>{file} is not a Consult change packet.</source>
        <translation>{file} n’est pas un paquet de modifications Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="303"/>
        <source>{file} is truncated or damaged (its header is incomplete).</source>
        <translation>{file} est tronqué ou endommagé (son en-tête est incomplet).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="304"/>
        <source>{file} is damaged (its header cannot be read).</source>
        <translation>{file} est endommagé (son en-tête est illisible).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="305"/>
        <source>{file} is damaged (its header is incomplete).</source>
        <translation>{file} est endommagé (son en-tête est incomplet).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="306"/>
        <source>{file} is damaged (its header lacks a valid &apos;format_version&apos;).</source>
        <translation>{file} est endommagé (il manque à son en-tête un «&#xa0;format_version&#xa0;» valide).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="307"/>
        <source>{file} is damaged (its header lacks a valid &apos;sha256&apos;).</source>
        <translation>{file} est endommagé (il manque à son en-tête un «&#xa0;sha256&#xa0;» valide).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="308"/>
        <source>{file} is damaged (its header lacks a valid &apos;scope&apos;).</source>
        <translation>{file} est endommagé (il manque à son en-tête un «&#xa0;scope&#xa0;» valide).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="309"/>
        <source>{file} is damaged (its header lacks a valid &apos;{key}&apos;).</source>
        <translation>{file} est endommagé (il manque à son en-tête un «&#xa0;{key}&#xa0;» valide).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="310"/>
        <source>{file} was written by a newer version of Consult (packet format {version}); update Consult to import it.</source>
        <translation>{file} a été écrit par une version plus récente de Consult (format de paquet {version})&#xa0;; mettez Consult à jour pour l’importer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="311"/>
        <source>{file} is an unsigned packet from an older version of Consult; packets are now signed and encrypted: update Consult on the sending side, make a new field copy, and export again.</source>
        <translation>{file} est un paquet non signé d’une version plus ancienne de Consult&#xa0;; les paquets sont désormais signés et chiffrés&#xa0;: mettez Consult à jour du côté de l’expéditeur, faites une nouvelle copie de terrain, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="315"/>
        <source>{file} is damaged or was altered (its header is not as Consult writes it).</source>
        <translation>{file} est endommagé ou a été altéré (son en-tête n’est pas tel que Consult l’écrit).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="316"/>
        <source>{file} is truncated, damaged or was altered: its checksum does not match.</source>
        <translation>{file} est tronqué, endommagé ou a été altéré&#xa0;: sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="317"/>
        <source>{file} is damaged (its contents cannot be unpacked).</source>
        <translation>{file} est endommagé (son contenu ne peut pas être décompressé).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="318"/>
        <source>{file} holds more than {size} MiB of changes, more than Consult accepts in one packet.</source>
        <translation>{file} contient plus de {size} Mio de modifications, plus que Consult n’en accepte dans un paquet.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="320"/>
        <source>{path} already exists: choose another name or open it instead.</source>
        <translation>{path} existe déjà&#xa0;: choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="321"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="322"/>
        <source>{workspace} uses an older format (schema {version}); open it for writing once to upgrade it.</source>
        <translation>{workspace} utilise un format plus ancien (schéma {version})&#xa0;; ouvrez-le une fois en écriture pour le mettre à niveau.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="323"/>
        <source>Choose another file name: a copy cannot replace the workspace itself.</source>
        <translation>Choisissez un autre nom de fichier&#xa0;: une copie ne peut pas remplacer l’espace de travail lui-même.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="326"/>
        <source>{path} is empty: it is not a Consult workspace yet.</source>
        <translation>{path} est vide&#xa0;: ce n’est pas encore un espace de travail Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="327"/>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="328"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="329"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="330"/>
        <source>{path} is a folder, not a Consult workspace.</source>
        <translation>{path} est un dossier, pas un espace de travail Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="331"/>
        <source>{path} is not a regular file ({kind}), so it is not a Consult workspace.</source>
        <translation>{path} n’est pas un fichier ordinaire ({kind})&#xa0;: ce n’est donc pas un espace de travail Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="332"/>
        <source>{journal} beside {path} does not belong to it and could not be moved away ({reason}): move it elsewhere and try again; the workspace was not opened.</source>
        <translation>{journal}, à côté de {path}, ne lui appartient pas et n’a pas pu être écarté ({reason})&#xa0;: déplacez-le ailleurs et réessayez&#xa0;; l’espace de travail n’a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="336"/>
        <source>{journal} beside {path} is not a regular file: move it away and try again.</source>
        <translation>{journal}, à côté de {path}, n’est pas un fichier ordinaire&#xa0;: déplacez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="337"/>
        <source>{path} is damaged or not a Consult workspace.</source>
        <translation>{path} est endommagé ou n’est pas un espace de travail Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="338"/>
        <source>{path} is not a Consult workspace (it is not an SQLite database).</source>
        <translation>{path} n’est pas un espace de travail Consult (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="339"/>
        <source>{path} is an SQLite database but not a Consult workspace.</source>
        <translation>{path} est une base de données SQLite, mais pas un espace de travail Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="340"/>
        <source>{path} was written by a newer version of Consult (schema {version}; this version reads up to {newest}): update Consult to open it.</source>
        <translation>{path} a été écrit par une version plus récente de Consult (schéma {version}&#xa0;; cette version lit jusqu’au schéma {newest})&#xa0;: mettez Consult à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="343"/>
        <source>The disk holding {path} is full: free some space and try again; nothing was saved.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: libérez de la place et réessayez&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="344"/>
        <source>{path} is read-only: save a copy elsewhere or change the folder&apos;s permissions.</source>
        <translation>{path} est en lecture seule&#xa0;: enregistrez une copie ailleurs ou changez les permissions du dossier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="345"/>
        <source>{path} is busy in another program: close it there and try again; nothing was changed.</source>
        <translation>{path} est occupé par un autre programme&#xa0;: fermez-le là et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="347"/>
        <source>{file} is already open in Consult by {user} on {host} since {since}; open it read-only, or try again when it is closed.</source>
        <translation>{file} est déjà ouvert dans Consult par {user} sur {host} depuis {since}&#xa0;; ouvrez-le en lecture seule, ou réessayez quand il sera fermé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="348"/>
        <source>{path} is damaged: restore it from a backup.</source>
        <translation>{path} est endommagé&#xa0;: restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="349"/>
        <source>{path} cannot be opened: check that the folder {folder} exists and is writable.</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: vérifiez que le dossier {folder} existe et qu’on peut y écrire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="350"/>
        <source>The copy written to {folder} did not pass its integrity check; it was discarded.</source>
        <translation>La copie écrite dans {folder} n’a pas passé son contrôle d’intégrité&#xa0;; elle a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="351"/>
        <source>{file} is not a good Consult backup (it fails its integrity check).</source>
        <translation>{file} n’est pas une sauvegarde Consult valable (elle échoue à son contrôle d’intégrité).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="352"/>
        <source>{file} is a backup of another file, not of {workspace}; nothing was restored.</source>
        <translation>{file} est la sauvegarde d’un autre fichier, pas de {workspace}&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="353"/>
        <source>{folder} is read-only: open the workspace read-only, or copy it to a folder you can write to.</source>
        <translation>{folder} est en lecture seule&#xa0;: ouvrez l’espace de travail en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="354"/>
        <source>Could not take the lock on {file}; try again.</source>
        <translation>Le verrou de {file} n’a pas pu être pris&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="356"/>
        <source>This dialogue has no home party.</source>
        <translation>Ce dialogue n’a aucune partie qui soit la nôtre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="358"/>
        <source>a packet may never change {what}</source>
        <translation>un paquet ne peut jamais modifier {what}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="359"/>
        <source>this table is not part of a Consult workspace</source>
        <translation>cette table ne fait pas partie d’un espace de travail Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="360"/>
        <source>{history} cannot be changed or deleted</source>
        <translation>{history}&#xa0;: ni modification ni suppression possible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="361"/>
        <source>a {title} may not add {things}</source>
        <translation>en tant que {title}, ce partenaire n’a pas le droit d’ajouter des {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="362"/>
        <source>a {title} may not delete {things}</source>
        <translation>en tant que {title}, ce partenaire n’a pas le droit de supprimer des {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="363"/>
        <source>a {title} may not change the {column} of {things}</source>
        <translation>en tant que {title}, ce partenaire n’a pas le droit de modifier la colonne «&#xa0;{column}&#xa0;» des {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="364"/>
        <source>a {title} may not change {things}</source>
        <translation>en tant que {title}, ce partenaire n’a pas le droit de modifier des {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="365"/>
        <source>outside this {title}&apos;s dialogue {code}</source>
        <translation>hors du dialogue {code} de ce partenaire ({title})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="366"/>
        <source>it refers to a {thing} that this workspace does not have</source>
        <translation>il renvoie à un élément ({thing}) que cet espace de travail n’a pas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="367"/>
        <source>its {link} refers to a {thing} that this workspace does not have</source>
        <translation>son lien «&#xa0;{link}&#xa0;» renvoie à un élément ({thing}) que cet espace de travail n’a pas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="368"/>
        <source>its {link} refers to a {thing} of another dialogue ({dialogue})</source>
        <translation>son lien «&#xa0;{link}&#xa0;» renvoie à un élément ({thing}) d’un autre dialogue ({dialogue})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="369"/>
        <source>the text of agreed minutes cannot be changed by a {title} (only amended, with both sides&apos; sign-off)</source>
        <translation>le texte d’un procès-verbal approuvé ne peut pas être modifié par ce partenaire ({title}) — il peut seulement être amendé, avec l’approbation des deux parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="370"/>
        <source>the text of agreed minutes cannot be changed by a {title} (only amended, by the secretariat)</source>
        <translation>le texte d’un procès-verbal approuvé ne peut pas être modifié par ce partenaire ({title}) — il peut seulement être amendé, par le secrétariat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="371"/>
        <source>the text of agreed minutes can only change through an amendment, and this packet holds none for it</source>
        <translation>le texte d’un procès-verbal approuvé ne change que par un amendement, et ce paquet n’en contient aucun pour lui</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="372"/>
        <source>the items of agreed minutes are neither added, removed nor moved, and keep their title, kind and timing</source>
        <translation>les points d&apos;un procès-verbal adopté ne sont ni ajoutés, ni supprimés, ni déplacés, et gardent leur titre, leur nature et leur horaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="373"/>
        <source>the delegations of agreed minutes stay as they were agreed</source>
        <translation>les délégations d’un procès-verbal adopté restent telles qu’elles ont été approuvées</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="374"/>
        <source>what agreed minutes say of their session (number, dates, venue, host, start time) stays as agreed</source>
        <translation>ce qu’un procès-verbal adopté dit de sa session (numéro, dates, lieu, hôte, heure de début) reste tel qu’il a été approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="375"/>
        <source>a counterpart secretariat speaks only for its own party: it may not record another party&apos;s assessment</source>
        <translation>un secrétariat de l’autre délégation ne parle qu’au nom de sa propre partie&#xa0;: il ne peut pas enregistrer l’évaluation d’une autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="376"/>
        <source>a counterpart secretariat speaks only for its own party: it may not circulate a version in another party&apos;s name</source>
        <translation>un secrétariat de l’autre délégation ne parle qu’au nom de sa propre partie&#xa0;: il ne peut pas transmettre une version au nom d’une autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="377"/>
        <source>a counterpart secretariat speaks only for its own party: it may not propose in another party&apos;s name</source>
        <translation>un secrétariat de l’autre délégation ne parle qu’au nom de sa propre partie&#xa0;: il ne peut pas faire de proposition au nom d’une autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="378"/>
        <source>a counterpart secretariat speaks only for its own party: it may not propose an amendment in another party&apos;s name</source>
        <translation>un secrétariat de l’autre délégation ne parle qu’au nom de sa propre partie&#xa0;: il ne peut pas proposer un amendement au nom d’une autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="379"/>
        <source>a counterpart secretariat speaks only for its own party: it may not sign off for another party</source>
        <translation>un secrétariat de l’autre délégation ne parle qu’au nom de sa propre partie&#xa0;: il ne peut pas approuver pour une autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="380"/>
        <source>it assesses a commitment that is not shared with the other delegation</source>
        <translation>il évalue un engagement qui n’est pas partagé avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="381"/>
        <source>a counterpart secretariat may only add joint follow-up actions, under joint commitments</source>
        <translation>un secrétariat de l’autre délégation ne peut ajouter que des actions de suivi conjointes, sous des engagements conjoints</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="382"/>
        <source>the other party holds the pen for these minutes (it circulated version 1)</source>
        <translation>l’autre partie tient la plume pour ce procès-verbal (elle en a transmis la version 1)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="383"/>
        <source>these minutes are agreed here: they are changed only by an amendment</source>
        <translation>ce procès-verbal est approuvé ici&#xa0;: il ne change que par un amendement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="384"/>
        <source>the versions of these minutes would not follow one another (1, 2, 3…)</source>
        <translation>les versions de ce procès-verbal ne se suivraient pas (1, 2, 3…)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="385"/>
        <source>its frozen texts cannot be read</source>
        <translation>ses textes figés sont illisibles</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="386"/>
        <source>it names an agenda item that this workspace does not have (the agenda changed after pairing)</source>
        <translation>il nomme un point de l’ordre du jour que cet espace de travail n’a pas (l’ordre du jour a changé après l’appariement)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="387"/>
        <source>only the party that circulated these minutes decides the proposals on them</source>
        <translation>seule la partie qui a transmis ce procès-verbal statue sur les propositions qui le concernent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="388"/>
        <source>it is made on a version of the minutes that this workspace does not have</source>
        <translation>elle porte sur une version du procès-verbal que cet espace de travail n’a pas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="389"/>
        <source>these minutes are agreed here: proposals are made on circulated minutes</source>
        <translation>ce procès-verbal est approuvé ici&#xa0;: les propositions portent sur un procès-verbal transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="390"/>
        <source>a new proposal arrives open; only the pen holder decides it</source>
        <translation>une nouvelle proposition arrive en suspens&#xa0;; seule la partie qui tient la plume statue sur elle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="391"/>
        <source>it is not in the form Consult writes proposals</source>
        <translation>elle n’est pas dans la forme où Consult écrit les propositions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="392"/>
        <source>only agreed minutes are amended</source>
        <translation>seul un procès-verbal approuvé peut être amendé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="393"/>
        <source>it signs off a version (or a hash) that this workspace does not have</source>
        <translation>elle approuve une version (ou une empreinte) que cet espace de travail n’a pas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="394"/>
        <source>it signs off an amendment (or a hash) that this workspace does not have</source>
        <translation>elle approuve un amendement (ou une empreinte) que cet espace de travail n’a pas</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="395"/>
        <source>they do not match this version&apos;s tables</source>
        <translation>elles ne correspondent pas aux tables de cette version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="397"/>
        <source>must have a value.</source>
        <translation>doit avoir une valeur.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="398"/>
        <source>expected text, not {type}.</source>
        <translation>du texte est attendu, pas {type}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="399"/>
        <source>{value} is not a whole number Consult can store.</source>
        <translation>{value} n’est pas un nombre entier que Consult peut enregistrer.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="400"/>
        <source>{value} is not one of: {values}.</source>
        <translation>{value} n’est pas l’une des valeurs possibles&#xa0;: {values}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="401"/>
        <source>a value is not in the form Consult stores it.</source>
        <translation>une valeur n’est pas dans la forme où Consult l’enregistre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="402"/>
        <source>its dialogue cannot be found.</source>
        <translation>son dialogue est introuvable.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="403"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="404"/>
        <source>is not in the form Consult stores it.</source>
        <translation>n’est pas dans la forme où Consult l’enregistre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="406"/>
        <source>a {thing} from {partner} clashes with one here ({shown}); rename one and send again</source>
        <translation>un élément ({thing}) de {partner} entre en conflit avec un élément d’ici ({shown})&#xa0;; renommez l’un des deux et envoyez à nouveau</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="407"/>
        <source>a {thing} from {partner} clashes with one here; rename one and send again</source>
        <translation>un élément ({thing}) de {partner} entre en conflit avec un élément d’ici&#xa0;; renommez l’un des deux et envoyez à nouveau</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="413"/>
        <source>workspace setting &apos;{key}&apos;</source>
        <translation>réglage de l’espace de travail «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="414"/>
        <source>exchange partner record &apos;{name}&apos;</source>
        <translation>fiche du partenaire d’échange «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="415"/>
        <source>a change to the table &apos;{table}&apos;</source>
        <translation>une modification de la table «&#xa0;{table}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="416"/>
        <source>dialogue {code}</source>
        <translation>dialogue {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="417"/>
        <source>person &apos;{name}&apos;</source>
        <translation>personne «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="418"/>
        <source>an unknown commitment ({id})</source>
        <translation>un engagement inconnu ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="419"/>
        <source>an unknown session ({id})</source>
        <translation>une session inconnue ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="420"/>
        <source>status event for {commitment}</source>
        <translation>relevé de statut pour {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="421"/>
        <source>indicator for {commitment}</source>
        <translation>indicateur pour {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="422"/>
        <source>change of a commitment&apos;s text for {commitment}</source>
        <translation>changement de texte pour {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="423"/>
        <source>reaffirmation of {commitment}</source>
        <translation>réaffirmation concernant {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="424"/>
        <source>measurement for an unknown indicator ({id})</source>
        <translation>mesure pour un indicateur inconnu ({id})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="425"/>
        <source>measurement for {commitment}</source>
        <translation>mesure pour {commitment}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="426"/>
        <source>follow-up action &apos;{description}&apos; of {dialogue}</source>
        <translation>action de suivi «&#xa0;{description}&#xa0;» de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="427"/>
        <source>agenda item &apos;{item}&apos; of {session}</source>
        <translation>point de l’ordre du jour «&#xa0;{item}&#xa0;» à {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="428"/>
        <source>delegation member of {session}</source>
        <translation>membre de délégation à {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="429"/>
        <source>minutes amendment of {session}</source>
        <translation>amendement du procès-verbal pour {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="430"/>
        <source>version of the minutes of {session}</source>
        <translation>version du procès-verbal pour {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="431"/>
        <source>proposal on the minutes of {session}</source>
        <translation>proposition sur le procès-verbal pour {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="432"/>
        <source>sign-off of the minutes of {session}</source>
        <translation>approbation du procès-verbal pour {session}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="433"/>
        <source>party {code} of {dialogue}</source>
        <translation>partie {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="434"/>
        <source>theme {code} of {dialogue}</source>
        <translation>thème {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="435"/>
        <source>changes to {things}</source>
        <translation>modifications des {things}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="436"/>
        <source>{dialogue} commitment {ref}</source>
        <translation>l’engagement {ref} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="437"/>
        <source>{dialogue} session {number}</source>
        <translation>la session {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="438"/>
        <source>{thing} {code} of {dialogue}</source>
        <translation>{thing} {code} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="440"/>
        <source>{one}; {more}</source>
        <translation>{one}&#xa0;; {more}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="443"/>
        <source>{field}: {sentence}</source>
        <translation>{field}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="449"/>
        <source>item {number} is missing</source>
        <translation>le point {number} manque</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="450"/>
        <source>item {number} is no longer discussed</source>
        <translation>le point {number} n’est plus examiné</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="451"/>
        <source>item {number} is now numbered {now}</source>
        <translation>le point {number} porte désormais le numéro {now}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="452"/>
        <source>item {number} title [{lang}]</source>
        <translation>point {number}, titre [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="453"/>
        <source>item {number} summary [{lang}]</source>
        <translation>point {number}, résumé [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="454"/>
        <source>item {number} conclusions [{lang}]</source>
        <translation>point {number}, conclusions [{lang}]</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="455"/>
        <source>item {number} was added</source>
        <translation>le point {number} a été ajouté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="457"/>
        <source>{one}, {more}</source>
        <translation>{one}&#xa0;; {more}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="462"/>
        <source>control characters</source>
        <translation>des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="463"/>
        <source>broken Unicode (a lone surrogate)</source>
        <translation>de l’Unicode abîmé (un demi-caractère isolé)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="464"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="465"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="467"/>
        <source>the workspace&apos;s own settings and keys</source>
        <translation>les réglages et les clés propres à l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="468"/>
        <source>the records of exchange partners</source>
        <translation>les fiches des partenaires d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="469"/>
        <source>the search index</source>
        <translation>l’index de recherche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="470"/>
        <source>the database schema</source>
        <translation>le schéma de la base de données</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="471"/>
        <source>status history</source>
        <translation>historique des statuts</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="472"/>
        <source>measurement history</source>
        <translation>historique des mesures</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="473"/>
        <source>the amendment history of the minutes</source>
        <translation>historique des amendements du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="474"/>
        <source>circulated versions of the minutes</source>
        <translation>versions transmises du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="475"/>
        <location filename="../../consult_app/ui/messages.py" line="563"/>
        <source>sign-offs of the minutes</source>
        <translation>approbations du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="476"/>
        <source>an unknown dialogue</source>
        <translation>un dialogue inconnu</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="481"/>
        <source>1 status event</source>
        <translation>1 relevé de statut</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="482"/>
        <source>{n} status events</source>
        <translation>{n} relevés de statut</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="483"/>
        <source>1 change of its text</source>
        <translation>1 modification de son texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="484"/>
        <source>{n} changes of its text</source>
        <translation>{n} modifications de son texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="485"/>
        <source>1 indicator</source>
        <translation>1 indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="486"/>
        <source>{n} indicators</source>
        <translation>{n} indicateurs</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="487"/>
        <source>1 follow-up action</source>
        <translation>1 action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="488"/>
        <source>{n} follow-up actions</source>
        <translation>{n} actions de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="489"/>
        <source>1 commitment that replaces it</source>
        <translation>1 engagement qui le remplace</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="490"/>
        <source>{n} commitments that replace it</source>
        <translation>{n} engagements qui le remplacent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="491"/>
        <source>1 reaffirmation</source>
        <translation>1 réaffirmation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="492"/>
        <source>{n} reaffirmations</source>
        <translation>{n} réaffirmations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="493"/>
        <source>it replaces another commitment</source>
        <translation>il remplace un autre engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="494"/>
        <source>it was {state} on an unknown date</source>
        <translation>il a été {state} à une date inconnue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="495"/>
        <source>it was {state} on {date}</source>
        <translation>il a été {state} le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="500"/>
        <source>the minutes of {dialogue} session {number}</source>
        <translation>procès-verbal de la session {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="501"/>
        <source>The minutes of {dialogue} session {number}</source>
        <translation>procès-verbal de la session {number} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="505"/>
        <source>draft</source>
        <translation>en projet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="506"/>
        <source>circulated</source>
        <translation>transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="507"/>
        <source>agreed</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="508"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="509"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="510"/>
        <source>edited</source>
        <translation>acceptée avec une modification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="512"/>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="513"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="514"/>
        <source>insert</source>
        <translation>insérer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="515"/>
        <source>put in their place</source>
        <translation>mettre à leur place</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="516"/>
        <source>propose changes</source>
        <translation>proposer des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="517"/>
        <source>sign off</source>
        <translation>approuver</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="518"/>
        <source>the other party</source>
        <translation>l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="519"/>
        <source>The other party</source>
        <translation>L’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="520"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="521"/>
        <source>are</source>
        <translation>sont</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="523"/>
        <source>field copy</source>
        <translation>copie de terrain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="524"/>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="525"/>
        <source>counterpart secretariat</source>
        <translation>secrétariat de l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="526"/>
        <source>partner of another kind</source>
        <translation>partenaire d’un autre type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="528"/>
        <source>dialogue</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="529"/>
        <source>dialogues</source>
        <translation>dialogues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="530"/>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="531"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="532"/>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="533"/>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="534"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="535"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="536"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="537"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="538"/>
        <source>delegation member</source>
        <translation>membre de délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="539"/>
        <source>delegation members</source>
        <translation>membres de délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="540"/>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="541"/>
        <source>agenda items</source>
        <translation>points de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="542"/>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="543"/>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="544"/>
        <source>reaffirmation</source>
        <translation>réaffirmation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="545"/>
        <source>reaffirmations</source>
        <translation>réaffirmations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="546"/>
        <source>change of a commitment&apos;s text</source>
        <translation>changement du texte d’un engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="547"/>
        <source>changes of commitments&apos; texts</source>
        <translation>changements du texte des engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="548"/>
        <source>status event</source>
        <translation>relevé de statut</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="549"/>
        <source>status events</source>
        <translation>relevés de statut</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="550"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="551"/>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="552"/>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="553"/>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="554"/>
        <source>follow-up action</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="555"/>
        <source>follow-up actions</source>
        <translation>actions de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="556"/>
        <source>minutes amendment</source>
        <translation>amendement du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="557"/>
        <source>minutes amendments</source>
        <translation>amendements du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="558"/>
        <source>version of the minutes</source>
        <translation>version du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="559"/>
        <source>versions of the minutes</source>
        <translation>versions du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="560"/>
        <source>proposal on the minutes</source>
        <translation>proposition sur le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="561"/>
        <source>proposals on the minutes</source>
        <translation>propositions sur le procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="562"/>
        <source>sign-off of the minutes</source>
        <translation>approbation du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="565"/>
        <source>made at session</source>
        <translation>session d’origine</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="566"/>
        <source>lead party</source>
        <translation>partie pilote</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="567"/>
        <source>host party</source>
        <translation>partie hôte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="568"/>
        <source>presenter</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="569"/>
        <source>parent</source>
        <translation>point parent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="570"/>
        <source>reciprocal</source>
        <translation>contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="571"/>
        <source>supersedes</source>
        <translation>remplace</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="572"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="573"/>
        <source>amendment</source>
        <translation>amendement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="574"/>
        <source>1 proposal</source>
        <translation>1 proposition</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="575"/>
        <source>{n} proposals</source>
        <translation>{n} propositions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="588"/>
        <location filename="../../consult_app/ui/messages.py" line="607"/>
        <location filename="../../consult_app/ui/messages.py" line="660"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="589"/>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="590"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="591"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="592"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="593"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="594"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="595"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="596"/>
        <location filename="../../consult_app/ui/messages.py" line="635"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="597"/>
        <source>Effective date</source>
        <translation>Date d’effet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="598"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="599"/>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="600"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="601"/>
        <source>Our notes</source>
        <translation>Nos notes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="602"/>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="603"/>
        <source>Lead institution</source>
        <translation>Institution pilote</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="604"/>
        <source>Lines to take</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="605"/>
        <source>Marking</source>
        <translation>Mention de classification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="606"/>
        <source>Order of markings</source>
        <translation>Ordre des mentions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="608"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="609"/>
        <source>New wording</source>
        <translation>Nouvelle rédaction</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="610"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="611"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="612"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="613"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="614"/>
        <source>Reply file</source>
        <translation>Fichier de réponse</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="615"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="616"/>
        <location filename="../../consult_app/ui/messages.py" line="644"/>
        <source>Responsible party</source>
        <translation>Partie responsable</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="617"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="618"/>
        <location filename="../../consult_app/ui/messages.py" line="656"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="619"/>
        <location filename="../../consult_app/ui/messages.py" line="648"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="620"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="621"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="622"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="623"/>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="624"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="625"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="626"/>
        <location filename="../../consult_app/ui/messages.py" line="649"/>
        <source>Supersedes</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="627"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="628"/>
        <location filename="../../consult_app/ui/messages.py" line="645"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="629"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="630"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="631"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="632"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="633"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="634"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="636"/>
        <location filename="../../consult_app/ui/messages.py" line="637"/>
        <location filename="../../consult_app/ui/messages.py" line="638"/>
        <source>Place in the list</source>
        <translation>Place dans la liste</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="639"/>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="640"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="641"/>
        <source>Lead party</source>
        <translation>Partie pilote</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="642"/>
        <location filename="../../consult_app/ui/messages.py" line="663"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="643"/>
        <location filename="../../consult_app/ui/messages.py" line="662"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="646"/>
        <source>Made at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="647"/>
        <source>Due at session</source>
        <translation>Échéance à la session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="650"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="651"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="652"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="653"/>
        <source>First item at</source>
        <translation>Premier point à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="654"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="655"/>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="657"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="658"/>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="659"/>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="661"/>
        <source>Former text</source>
        <translation>Texte précédent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="665"/>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="666"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="667"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="668"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="669"/>
        <source>Amendment</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="670"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="671"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="672"/>
        <source>Part of the minutes</source>
        <translation>Partie du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="673"/>
        <source>Frozen texts</source>
        <translation>Textes figés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/messages.py" line="674"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="294"/>
        <source>Withdraw {ref}</source>
        <translation>Retirer {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="303"/>
        <source>Withdrawn on:</source>
        <translation>Retiré le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="306"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commitments.py" line="307"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../consult_app/ui/application.py" line="56"/>
        <source>Workspace in use</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="57"/>
        <source>Open it read-only now?</source>
        <translation>L’ouvrir maintenant en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="66"/>
        <source>{problem}

Restore the backup of {when}? The current file is kept in the backups folder.</source>
        <translation>{problem}

Restaurer la sauvegarde du {when}&#xa0;? Le fichier actuel est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="69"/>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="116"/>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="120"/>
        <source>An unexpected error occurred; details are in {log}.</source>
        <translation>Une erreur inattendue s’est produite&#xa0;; les détails sont dans {log}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="122"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
</TS>
